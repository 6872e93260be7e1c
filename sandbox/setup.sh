#!/bin/sh
# Image setup shared by the Dockerfile and the offline build: shims that stand in
# for what a container lacks (systemd as PID 1, the network for apt), stand-ins
# for model servers, and a server that looks freshly installed.
set -eu
A=/opt/airlock
chmod 0755 $A/bin/*
# Shims come first on PATH: systemctl is emulated, apt never reaches a network.
for s in systemctl apt apt-get service netfilter-persistent; do ln -sf $A/bin/$s /usr/local/sbin/$s; done
# Stand-ins for model servers, named like the real binaries so units run them.
for b in ollama llama-server vllm jupyter jupyter-lab open-webui text-generation-webui comfyui; do
  ln -sf $A/bin/standin /usr/local/bin/$b
done
# The unit Ollama's install script writes (no OLLAMA_HOST: 127.0.0.1:11434).
mkdir -p /etc/systemd/system /run/sshd /var/log/airlock
cat > /etc/systemd/system/ollama.service <<'UNIT'
[Unit]
Description=Ollama Service
After=network-online.target

[Service]
ExecStart=/usr/local/bin/ollama serve
User=root
Group=root
Restart=always
RestartSec=3
Environment="PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

[Install]
WantedBy=default.target
UNIT
# sshd: host keys baked in (fast start), root login by key only as on a cloud image.
ssh-keygen -A >/dev/null 2>&1
# ufw: IPv6 on as Debian ships it; keep it disabled until the answer enables it.
sed -i 's/^IPV6=.*/IPV6=yes/' /etc/default/ufw
# nginx/caddy stay stopped until the answer (or the baseline) starts them.
rm -f /etc/nginx/sites-enabled/default.dpkg-dist
echo "airlock sandbox image ready"
