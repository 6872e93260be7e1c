sudo ufw allow "OpenSSH Server"
sudo ufw allow 22/tcp
sudo ufw enable
