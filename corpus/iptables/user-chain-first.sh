iptables -N LOGDROP
iptables -A LOGDROP -j LOG --log-prefix "dropped: "
iptables -A LOGDROP -j DROP
iptables -A INPUT -p tcp --dport 23 -j LOGDROP
