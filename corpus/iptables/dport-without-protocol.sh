iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
iptables -A INPUT --dport 22 -j ACCEPT
iptables -P INPUT DROP
