sudo ufw allow from 192.168.1.0/24 to any port 11434
sudo ufw status
