// This file implements the universe scope: the predeclared types,
// constants, nil, builtins and the `error` and `any` types (types2's
// universe.go), and the unsafe package.

#include "check/checker.h"

namespace gocxx::check {

namespace {

void define_type(Program& prog, std::string_view name, Type* t) {
  auto* obj = prog.objects.make<TypeName>(name, Pos(), nullptr, t);
  prog.universe->insert(obj);
}

}  // namespace

void init_universe(Program& prog) {
  prog.universe = prog.objects.make_scope(nullptr, "universe");
  TypeTable& T = prog.types;
  static constexpr BasicKind kNamed[] = {
      BasicKind::Bool,    BasicKind::Int,     BasicKind::Int8,      BasicKind::Int16,
      BasicKind::Int32,   BasicKind::Int64,   BasicKind::Uint,      BasicKind::Uint8,
      BasicKind::Uint16,  BasicKind::Uint32,  BasicKind::Uint64,    BasicKind::Uintptr,
      BasicKind::Float32, BasicKind::Float64, BasicKind::Complex64, BasicKind::Complex128,
      BasicKind::String};
  for (BasicKind k : kNamed) define_type(prog, T.basic(k)->name, T.basic(k));
  define_type(prog, "byte", T.byte_type());
  define_type(prog, "rune", T.rune_type());

  // type error interface { Error() string }
  auto* err_obj = prog.objects.make<TypeName>("error", Pos(), nullptr, nullptr);
  auto* err_named = T.make<Named>(err_obj);
  err_obj->type = err_named;
  auto* iface = T.make<Interface>();
  auto* sig = T.make<Signature>();
  sig->params = T.empty_tuple();
  sig->results = T.make<Tuple>();
  sig->results->vars.push_back(
      prog.objects.make<Var>("", Pos(), nullptr, T.basic(BasicKind::String)));
  sig->recv = prog.objects.make<Var>("", Pos(), nullptr, err_named);
  auto* error_method = prog.objects.make<Func>("Error", Pos(), nullptr, sig);
  iface->methods.push_back(error_method);
  iface->all_methods.push_back(error_method);
  iface->complete = true;
  err_named->underlying = iface;
  prog.universe->insert(err_obj);

  // type any = interface{}
  auto* any_iface = T.make<Interface>();
  any_iface->complete = true;
  auto* any_obj = prog.objects.make<TypeName>("any", Pos(), nullptr, any_iface);
  any_obj->is_alias = true;
  prog.universe->insert(any_obj);

  // comparable (only usable as a constraint: reported when used)
  auto* cmp_obj = prog.objects.make<TypeName>("comparable", Pos(), nullptr, nullptr);
  auto* cmp_named = T.make<Named>(cmp_obj);
  auto* cmp_iface = T.make<Interface>();
  cmp_iface->complete = true;
  cmp_iface->is_comparable_constraint = true;
  cmp_named->underlying = cmp_iface;
  cmp_obj->type = cmp_named;
  prog.universe->insert(cmp_obj);

  auto add_const = [&](std::string_view name, BasicKind k, constant::Value v) {
    prog.universe->insert(prog.objects.make<Const>(name, Pos(), nullptr, T.basic(k), std::move(v)));
  };
  add_const("true", BasicKind::UntypedBool, constant::make_bool(true));
  add_const("false", BasicKind::UntypedBool, constant::make_bool(false));
  add_const("iota", BasicKind::UntypedInt, constant::make_int64(0));
  prog.universe->insert(prog.objects.make<Nil>(T.basic(BasicKind::UntypedNil)));

#define GOCXX_X(Id, Name)                                                   \
  if (BuiltinId::Id < BuiltinId::UnsafeSizeof) {                            \
    prog.universe->insert(prog.objects.make<Builtin>(Name, BuiltinId::Id)); \
  }
  GOCXX_BUILTINS(GOCXX_X)
#undef GOCXX_X

  // package unsafe: Pointer, Sizeof, Alignof, Offsetof.
  prog.unsafe_pkg = prog.objects.make_package("unsafe", "unsafe");
  prog.unsafe_pkg->scope = prog.objects.make_scope(prog.universe, "package unsafe");
  prog.unsafe_pkg->checked = true;
  prog.unsafe_pkg->is_std = true;
  auto* ptr_obj = prog.objects.make<TypeName>("Pointer", Pos(), prog.unsafe_pkg,
                                              T.basic(BasicKind::UnsafePointer));
  prog.unsafe_pkg->scope->insert(ptr_obj);
  for (auto [id, name] : {std::pair{BuiltinId::UnsafeSizeof, "Sizeof"},
                          std::pair{BuiltinId::UnsafeAlignof, "Alignof"},
                          std::pair{BuiltinId::UnsafeOffsetof, "Offsetof"}}) {
    auto* b = prog.objects.make<Builtin>(name, id);
    b->pkg = prog.unsafe_pkg;
    prog.unsafe_pkg->scope->insert(b);
  }
}

Object* universe_lookup(Program& prog, std::string_view name) {
  return prog.universe->lookup(name);
}

Named* universe_error(Program& prog) {
  return static_cast<Named*>(prog.universe->lookup("error")->type);
}

Interface* universe_any(Program& prog) {
  return static_cast<Interface*>(prog.universe->lookup("any")->type);
}

std::string_view mode_text(Mode m) {
  switch (m) {
#define GOCXX_X(Name, Text) \
  case Mode::Name:          \
    return Text;
    GOCXX_MODES(GOCXX_X)
#undef GOCXX_X
  }
  return "";
}

}  // namespace gocxx::check
