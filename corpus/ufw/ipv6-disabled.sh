sudo sed -i 's/IPV6=yes/IPV6=no/' /etc/default/ufw
sudo ufw allow OpenSSH
sudo ufw allow from 192.168.1.0/24 to any port 11434 proto tcp
sudo ufw enable
