iptables -N WEB
iptables -P WEB DROP
iptables -A INPUT -p tcp --dport 80 -j WEB
