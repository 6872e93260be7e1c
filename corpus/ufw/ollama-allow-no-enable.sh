sudo ufw allow 11434/tcp
sudo ufw status
