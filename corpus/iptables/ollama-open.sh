# Let Open WebUI on another box reach Ollama
iptables -A INPUT -p tcp --dport 11434 -j ACCEPT
