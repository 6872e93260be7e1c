sudo ufw --force reset
sudo ufw default deny incoming
sudo ufw limit ssh
sudo ufw --force enable
