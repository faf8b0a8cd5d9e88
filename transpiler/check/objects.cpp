// This file implements objects and scopes.

#include "check/objects.h"

#include "base/unicode.h"

namespace gocxx::check {

bool Object::exported() const {
  if (name.empty()) return false;
  unsigned char c = static_cast<unsigned char>(name[0]);
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  // Non-ASCII upper case letters (unicode.IsUpper), by the common blocks:
  // Latin-1, Latin Extended-A's even code points, Greek and Cyrillic capitals.
  char32_t r = base::decode_rune(name).rune;
  if (r >= 0xC0 && r <= 0xDE) return r != 0xD7;
  if (r >= 0x100 && r <= 0x17F) return r % 2 == 0;
  if (r >= 0x391 && r <= 0x3AB) return true;
  if (r >= 0x400 && r <= 0x42F) return true;
  return false;
}

bool Object::is_package_level() const { return pkg != nullptr && parent == pkg->scope; }

Object* Scope::lookup_parent(std::string_view name, const Scope** found) const {
  for (const Scope* s = this; s != nullptr; s = s->parent) {
    if (Object* o = s->lookup(name)) {
      if (found != nullptr) *found = s;
      return o;
    }
  }
  return nullptr;
}

Object* Scope::insert(Object* obj) {
  auto [it, inserted] = elems_.emplace(obj->name, obj);
  if (!inserted) return it->second;
  order_.push_back(obj);
  if (obj->parent == nullptr) obj->parent = this;
  return nullptr;
}

}  // namespace gocxx::check
