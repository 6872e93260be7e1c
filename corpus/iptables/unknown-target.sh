iptables -A INPUT -p tcp --dport 8080 -j ALLOW
iptables -A INPUT -p tcp --dprot 8443 -j ACCEPT
