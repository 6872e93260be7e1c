// One N-API addon per grammar, built from the root binding.gyp. LANG is the
// grammar name (a macro from binding.gyp) so one source serves all grammars.
#include <napi.h>

typedef struct TSLanguage TSLanguage;

#define AIRLOCK_CAT2(a, b) a##b
#define AIRLOCK_CAT(a, b) AIRLOCK_CAT2(a, b)
#define AIRLOCK_STR2(a) #a
#define AIRLOCK_STR(a) AIRLOCK_STR2(a)

extern "C" TSLanguage *AIRLOCK_CAT(tree_sitter_, LANG)();

// The type tag node-tree-sitter 0.25 checks ("tree-sitter", "language" hashed with BLAKE3).
static const napi_type_tag LANGUAGE_TYPE_TAG = {0x8AF2E5212AD58ABF, 0xD5006CAD83ABBA16};

static Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports["name"] = Napi::String::New(env, AIRLOCK_STR(LANG));
  auto language = Napi::External<TSLanguage>::New(env, AIRLOCK_CAT(tree_sitter_, LANG)());
  language.TypeTag(&LANGUAGE_TYPE_TAG);
  exports["language"] = language;
  return exports;
}

NODE_API_MODULE(NODE_GYP_MODULE_NAME, Init)
