iptables -A INPUT -p tcp --dport 8080 -j DROP
iptables -A INPUT -p tcp -s 192.168.1.0/24 --dport 8080 -j ACCEPT
