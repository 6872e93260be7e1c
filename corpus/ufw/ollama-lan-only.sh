sudo ufw allow 22/tcp
sudo ufw allow from 192.168.1.0/24 to any port 11434 proto tcp
sudo ufw enable
