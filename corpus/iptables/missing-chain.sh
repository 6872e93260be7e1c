iptables -A LOGDROP -j LOG --log-prefix "dropped: "
iptables -N LOGDROP
iptables -A LOGDROP -j DROP
