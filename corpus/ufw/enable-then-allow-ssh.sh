sudo ufw enable
sudo ufw allow ssh
