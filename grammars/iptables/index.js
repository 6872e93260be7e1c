// Loads the iptables grammar's Language for node-tree-sitter 0.25 from the addon
// the root binding.gyp builds (npm ci runs node-gyp).
const path = require('path');
const root = path.join(__dirname, '..', '..');
let binding;
try {
  binding = require(path.join(root, 'build', 'Release', 'tree_sitter_iptables_binding.node'));
} catch (e) {
  binding = require(path.join(root, 'build', 'Debug', 'tree_sitter_iptables_binding.node'));
}
try {
  binding.nodeTypeInfo = require('./src/node-types.json');
} catch (_) {}
module.exports = binding;
