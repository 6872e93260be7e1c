sudo ufw allow 22/tcp
sudo ufw enable
sudo ufw allow 2222/tcp
sudo ufw delete allow 22/tcp
