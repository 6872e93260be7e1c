sudo ufw allow OpenSSH
sudo ufw allow 8080/tcp
sudo ufw insert 1 deny from 203.0.113.0/24 to any port 8080 proto tcp
sudo ufw enable
