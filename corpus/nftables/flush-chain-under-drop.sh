nft add table inet filter
nft add chain inet filter input '{ type filter hook input priority 0; policy accept; }'
nft add rule inet filter input ct state established,related accept
nft add rule inet filter input tcp dport 22 accept
nft add chain inet filter input '{ type filter hook input priority 0; policy drop; }'
nft flush chain inet filter input
nft add rule inet filter input ct state established,related accept
nft add rule inet filter input tcp dport 22 accept
