sudo ufw allow OpenSSH
sudo ufw allow 60000:61000
sudo ufw default drop incoming
sudo ufw enable
