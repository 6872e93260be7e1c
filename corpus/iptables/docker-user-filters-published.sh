iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
iptables -A INPUT -i lo -j ACCEPT
iptables -A INPUT -p tcp --dport 22 -j ACCEPT
iptables -P INPUT DROP
docker run -d --name web -p 8080:80 nginx
docker run -d --name api -p 9000:9000 myapi
iptables -I DOCKER-USER -i eth0 ! -s 10.0.0.0/8 -p tcp --dport 80 -j DROP
iptables -I DOCKER-USER -i eth0 -s 203.0.113.0/24 -p tcp --dport 9000 -j DROP
