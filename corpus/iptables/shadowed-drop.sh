iptables -A INPUT -p tcp --dport 8080 -j ACCEPT
iptables -A INPUT -p tcp -s 203.0.113.0/24 --dport 8080 -j DROP
