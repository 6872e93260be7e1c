nft destroy table inet scratch
nft destroy chain inet scratch input
nft delete table inet filter
nft add table inet filter
nft add chain inet filter input '{ type filter hook input priority 0; policy accept; }'
nft add rule inet filter input tcp dport 22 accept
