{
  "targets": [
    {
      "target_name": "tree_sitter_nginx_binding",
      "dependencies": [
        "<!(node -p \"require('node-addon-api').targets\"):node_addon_api_except"
      ],
      "include_dirs": [
        "grammars/nginx/src"
      ],
      "sources": [
        "grammars/bindings/binding.cc",
        "grammars/nginx/src/parser.c",
        "<!@(node -p \"require('fs').existsSync('grammars/nginx/src/scanner.c') ? 'grammars/nginx/src/scanner.c' : ''\")"
      ],
      "defines": [
        "LANG=nginx"
      ],
      "cflags_c": [
        "-std=c11"
      ]
    },
    {
      "target_name": "tree_sitter_iptables_binding",
      "dependencies": [
        "<!(node -p \"require('node-addon-api').targets\"):node_addon_api_except"
      ],
      "include_dirs": [
        "grammars/iptables/src"
      ],
      "sources": [
        "grammars/bindings/binding.cc",
        "grammars/iptables/src/parser.c",
        "<!@(node -p \"require('fs').existsSync('grammars/iptables/src/scanner.c') ? 'grammars/iptables/src/scanner.c' : ''\")"
      ],
      "defines": [
        "LANG=iptables"
      ],
      "cflags_c": [
        "-std=c11"
      ]
    },
    {
      "target_name": "tree_sitter_nftables_binding",
      "dependencies": [
        "<!(node -p \"require('node-addon-api').targets\"):node_addon_api_except"
      ],
      "include_dirs": [
        "grammars/nftables/src"
      ],
      "sources": [
        "grammars/bindings/binding.cc",
        "grammars/nftables/src/parser.c",
        "<!@(node -p \"require('fs').existsSync('grammars/nftables/src/scanner.c') ? 'grammars/nftables/src/scanner.c' : ''\")"
      ],
      "defines": [
        "LANG=nftables"
      ],
      "cflags_c": [
        "-std=c11"
      ]
    },
    {
      "target_name": "tree_sitter_ufw_binding",
      "dependencies": [
        "<!(node -p \"require('node-addon-api').targets\"):node_addon_api_except"
      ],
      "include_dirs": [
        "grammars/ufw/src"
      ],
      "sources": [
        "grammars/bindings/binding.cc",
        "grammars/ufw/src/parser.c",
        "<!@(node -p \"require('fs').existsSync('grammars/ufw/src/scanner.c') ? 'grammars/ufw/src/scanner.c' : ''\")"
      ],
      "defines": [
        "LANG=ufw"
      ],
      "cflags_c": [
        "-std=c11"
      ]
    },
    {
      "target_name": "tree_sitter_systemd_binding",
      "dependencies": [
        "<!(node -p \"require('node-addon-api').targets\"):node_addon_api_except"
      ],
      "include_dirs": [
        "grammars/systemd/src"
      ],
      "sources": [
        "grammars/bindings/binding.cc",
        "grammars/systemd/src/parser.c",
        "<!@(node -p \"require('fs').existsSync('grammars/systemd/src/scanner.c') ? 'grammars/systemd/src/scanner.c' : ''\")"
      ],
      "defines": [
        "LANG=systemd"
      ],
      "cflags_c": [
        "-std=c11"
      ]
    }
  ]
}
