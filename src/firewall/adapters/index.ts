export { adaptIptables, adaptIptablesRestore } from './iptables';
export { adaptUfw } from './ufw';
export { adaptNft, adaptNftFile } from './nftables';
