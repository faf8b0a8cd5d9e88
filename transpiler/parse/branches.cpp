// This file implements the check of labels and branch statements in a
// function body: undefined, duplicate and unused labels, break / continue /
// fallthrough / goto out of place, and gotos that jump into blocks or over
// variable declarations. gc does this in its parser (syntax/branches.go)
// once a function body parsed without errors; so does gocxx, with gc's
// messages and positions. Function literals are checked as their own bodies.

#include <algorithm>
#include <deque>
#include <string>
#include <unordered_map>

#include "parse/parser_impl.h"
#include "parse/print.h"

namespace gocxx::parse {
namespace {

using ast::BranchStmt;
using ast::LabeledStmt;

struct Block {
  const Block* parent;       // immediately enclosing block, or null
  Pos start;                 // start of the block
  const LabeledStmt* lstmt;  // labeled statement owning this block, or null
};

struct Label {
  const Block* parent;       // block containing the label declaration
  const LabeledStmt* lstmt;  // the declaration
  bool used = false;
};

// The targets of unlabeled break / continue / fallthrough in a context.
struct Targets {
  const Stmt* breaks = nullptr;     // ForStmt, RangeStmt, SwitchStmt, SelectStmt or null
  const Stmt* continues = nullptr;  // ForStmt, RangeStmt or null
  int case_index = -1;              // index of the enclosing switch case, or -1
};

}  // namespace

class BranchChecker {
 public:
  explicit BranchChecker(Parser& p) : p_(p) {}

  void check(const ast::BlockStmt* body) {
    std::vector<const BranchStmt*> fwd =
        block_branches(nullptr, Targets{}, nullptr, body->pos, body->stmts);
    // Report in source order: of two errors on one line, the leftmost is
    // kept (gc prints both, sorted).
    std::sort(fwd.begin(), fwd.end(), [](const BranchStmt* a, const BranchStmt* b) {
      return a->label->pos < b->label->pos;
    });
    for (const BranchStmt* g : fwd) {
      std::string_view name = g->label->name;
      auto it = labels_.find(name);
      if (it != labels_.end()) {
        it->second.used = true;  // avoid "defined and not used"
        error_at(g->label->pos, "goto " + std::string(name) + " jumps into block starting at " +
                                    p_.pos_string(it->second.parent->start));
      } else {
        error_at(g->label->pos, "label " + std::string(name) + " not defined");
      }
    }
    for (const LabeledStmt* s : declared_) {  // in source order
      if (!labels_.at(s->label->name).used) {
        error_at(s->label->pos, "label " + std::string(s->label->name) + " defined and not used");
      }
    }
  }

 private:
  Label* declare(const Block* b, const LabeledStmt* s) {
    std::string_view name = s->label->name;
    auto [it, inserted] = labels_.try_emplace(name, Label{b, s});
    if (inserted) declared_.push_back(s);
    if (!inserted) {
      error_at(s->label->pos, "label " + std::string(name) + " already defined at " +
                                  p_.pos_string(it->second.lstmt->label->pos));
    }
    return &it->second;
  }

  // The labeled statement `name` if it labels an enclosing block of b.
  const LabeledStmt* goto_target(const Block* b, std::string_view name) {
    auto it = labels_.find(name);
    if (it == labels_.end()) return nullptr;
    it->second.used = true;  // even if it's not a valid target
    for (; b != nullptr; b = b->parent) {
      if (it->second.parent == b) return it->second.lstmt;
    }
    return nullptr;
  }

  // For labeled break/continue: the enclosing statement labeled `name`, or
  // null with *invalid set if the label exists but does not enclose b, or
  // null if there is no such label.
  const LabeledStmt* enclosing_target(const Block* b, std::string_view name, bool* invalid) {
    *invalid = false;
    auto it = labels_.find(name);
    if (it == labels_.end()) return nullptr;
    it->second.used = true;  // even if it's not a valid target
    for (; b != nullptr; b = b->parent) {
      if (it->second.lstmt == b->lstmt) return b->lstmt;
    }
    *invalid = true;
    return nullptr;
  }

  // The state of the block being checked.
  struct BlockState {
    const Block* block = nullptr;
    const LabeledStmt* lstmt = nullptr;  // label of the current statement
    Pos var_pos;                         // the last variable declaration
    std::string var_name;                // its name(s)
    // Unresolved forward gotos by label name, each with a sequence number:
    // those numbered below var_seq were issued before the last variable
    // declaration and must not jump to a label after it. (Indexing by name
    // and numbering keep the check linear where gc copies lists.)
    struct Pending {
      const BranchStmt* g;
      uint64_t seq;
    };
    std::unordered_map<std::string_view, std::vector<Pending>> fwd;
    uint64_t next_seq = 0;
    uint64_t var_seq = 0;

    void add_forward(const BranchStmt* g) { fwd[g->label->name].push_back(Pending{g, next_seq++}); }
    void record_var_decl(Pos p, std::string name) {
      var_pos = p;
      var_name = std::move(name);
      var_seq = next_seq;
    }
    std::vector<const BranchStmt*> take_forward() {
      std::vector<const BranchStmt*> out;
      for (auto& [name, list] : fwd) {
        for (const Pending& e : list) out.push_back(e.g);
      }
      return out;
    }
  };

  std::vector<const BranchStmt*> block_branches(const Block* parent, Targets ctxt,
                                                const LabeledStmt* lstmt, Pos start,
                                                std::span<Stmt* const> body);
  void label_stmt(BlockState& st, const LabeledStmt* s);
  void stmt_branches(BlockState& st, Targets ctxt, const Stmt* stmt, size_t index, size_t count);
  void branch(BlockState& st, Targets ctxt, const BranchStmt* s, size_t index, size_t count);

  // Branch errors go straight to Diagnostics: as in gc they do not count as
  // syntax errors, so an enclosing function body is still checked.
  void error_at(Pos pos, std::string msg) { p_.diags_.error(pos, std::move(msg)); }

  Parser& p_;
  std::unordered_map<std::string_view, Label> labels_;
  std::vector<const LabeledStmt*> declared_;  // first declarations, in source order
  std::deque<Block> blocks_;                  // stable addresses for Label::parent
};

void BranchChecker::branch(BlockState& st, Targets ctxt, const BranchStmt* s, size_t index,
                           size_t count) {
  const Block* b = st.block;
  if (s->label == nullptr) {
    switch (s->tok) {
      case TokenKind::Break:
        if (ctxt.breaks == nullptr) error_at(s->pos, "break is not in a loop, switch, or select");
        return;
      case TokenKind::Continue:
        if (ctxt.continues == nullptr) error_at(s->pos, "continue is not in a loop");
        return;
      case TokenKind::Fallthrough: {
        const char* msg = "fallthrough statement out of place";
        if (auto* sw = ast::dyn_cast<ast::SwitchStmt>(ctxt.breaks)) {
          if (ast::isa<ast::TypeSwitchGuard>(sw->tag)) {
            msg = "cannot fallthrough in type switch";
          } else if (ctxt.case_index < 0 || index + 1 < count) {
            // not the last statement of a case clause
          } else if (static_cast<size_t>(ctxt.case_index) + 1 == sw->body.size()) {
            msg = "cannot fallthrough final case in switch";
          } else {
            return;  // fallthrough ok
          }
        }
        error_at(s->pos, msg);
        return;
      }
      default:
        return;  // goto always has a label (the parser reported it otherwise)
    }
  }
  std::string name(s->label->name);
  bool invalid = false;
  switch (s->tok) {
    case TokenKind::Break:
      if (const LabeledStmt* t = enclosing_target(b, name, &invalid)) {
        if (!ast::isa<ast::SwitchStmt>(t->stmt) && !ast::isa<ast::SelectStmt>(t->stmt) &&
            !ast::isa<ast::ForStmt>(t->stmt) && !ast::isa<ast::RangeStmt>(t->stmt)) {
          error_at(s->label->pos, "invalid break label " + name);
        }
      } else if (invalid) {
        error_at(s->label->pos, "invalid break label " + name);
      } else {
        error_at(s->label->pos, "break label not defined: " + name);
      }
      return;
    case TokenKind::Continue:
      if (const LabeledStmt* t = enclosing_target(b, name, &invalid)) {
        if (!ast::isa<ast::ForStmt>(t->stmt) && !ast::isa<ast::RangeStmt>(t->stmt)) {
          error_at(s->label->pos, "invalid continue label " + name);
        }
      } else if (invalid) {
        error_at(s->label->pos, "invalid continue label " + name);
      } else {
        error_at(s->label->pos, "continue label not defined: " + name);
      }
      return;
    case TokenKind::Goto:
      if (goto_target(b, name) == nullptr) st.add_forward(s);  // forward (or invalid) goto
      return;
    default:
      return;
  }
}

// block_branches checks the statements of one block and returns the gotos
// whose label has not been seen yet (forward jumps) for the caller to resolve.
std::vector<const BranchStmt*> BranchChecker::block_branches(const Block* parent, Targets ctxt,
                                                             const LabeledStmt* lstmt, Pos start,
                                                             std::span<Stmt* const> body) {
  BlockState st;
  st.block = &blocks_.emplace_back(Block{parent, start, lstmt});
  // trailing empty statements don't count ("fallthrough;" is still last)
  size_t count = body.size();
  while (count > 0 && ast::isa<ast::EmptyStmt>(body[count - 1])) count--;
  for (size_t i = 0; i < count; i++) {
    st.lstmt = nullptr;
    const Stmt* stmt = body[i];
    while (auto* ls = ast::dyn_cast<LabeledStmt>(stmt)) {
      label_stmt(st, ls);
      stmt = ls->stmt;
    }
    stmt_branches(st, ctxt, stmt, i, count);
  }
  return st.take_forward();
}

// label_stmt declares the label of s and resolves the pending forward gotos
// to it, reporting those that jump over a variable declaration.
void BranchChecker::label_stmt(BlockState& st, const LabeledStmt* s) {
  std::string_view name = s->label->name;
  if (name == "_") return;
  Label* l = declare(st.block, s);
  auto it = st.fwd.find(name);
  if (it != st.fwd.end()) {
    for (const BlockState::Pending& e : it->second) {
      l->used = true;
      if (st.var_pos.is_valid() && e.seq < st.var_seq) {
        error_at(e.g->label->pos, "goto " + std::string(name) + " jumps over declaration of " +
                                      st.var_name + " at " + p_.pos_string(st.var_pos));
      }
    }
    st.fwd.erase(it);
  }
  st.lstmt = s;
}

// stmt_branches checks statement number `index` (of `count`) of a block.
void BranchChecker::stmt_branches(BlockState& st, Targets ctxt, const Stmt* stmt, size_t index,
                                  size_t count) {
  auto inner_block = [&](Targets t, Pos s, std::span<Stmt* const> stmts) {
    for (const BranchStmt* g : block_branches(st.block, t, st.lstmt, s, stmts)) st.add_forward(g);
  };
  Targets inner{ctxt.breaks, ctxt.continues, -1};
  switch (stmt->kind) {
    case ast::NodeKind::DeclStmt: {
      const ast::GenDecl* d = ast::cast<ast::DeclStmt>(stmt)->decl;
      if (d->tok == TokenKind::Var && !d->specs.empty()) {
        auto* v = ast::cast<ast::ValueSpec>(d->specs[0]);
        st.record_var_decl(v->pos, std::string(v->names[0]->name));
      }
      return;
    }
    case ast::NodeKind::AssignStmt: {
      auto* a = ast::cast<ast::AssignStmt>(stmt);
      if (a->tok == TokenKind::Define) st.record_var_decl(a->pos, ast::to_string(a->lhs));
      return;
    }
    case ast::NodeKind::BranchStmt:
      branch(st, ctxt, ast::cast<BranchStmt>(stmt), index, count);
      return;
    case ast::NodeKind::BlockStmt: {
      auto* s = ast::cast<ast::BlockStmt>(stmt);
      inner_block(inner, s->pos, s->stmts);
      return;
    }
    case ast::NodeKind::IfStmt: {
      auto* s = ast::cast<ast::IfStmt>(stmt);
      inner_block(inner, s->then->pos, s->then->stmts);
      if (s->else_ != nullptr) {
        Stmt* else_stmt = s->else_;
        inner_block(inner, s->else_->pos, std::span<Stmt* const>(&else_stmt, 1));
      }
      return;
    }
    case ast::NodeKind::ForStmt: {
      auto* s = ast::cast<ast::ForStmt>(stmt);
      inner_block(Targets{s, s, -1}, s->body->pos, s->body->stmts);
      return;
    }
    case ast::NodeKind::RangeStmt: {
      auto* s = ast::cast<ast::RangeStmt>(stmt);
      inner_block(Targets{s, s, -1}, s->body->pos, s->body->stmts);
      return;
    }
    case ast::NodeKind::SwitchStmt: {
      auto* s = ast::cast<ast::SwitchStmt>(stmt);
      for (size_t c = 0; c < s->body.size(); c++) {
        inner_block(Targets{s, ctxt.continues, static_cast<int>(c)}, s->body[c]->pos,
                    s->body[c]->body);
      }
      return;
    }
    case ast::NodeKind::SelectStmt:
      for (const ast::CommClause* cc : ast::cast<ast::SelectStmt>(stmt)->body) {
        inner_block(Targets{stmt, ctxt.continues, -1}, cc->pos, cc->body);
      }
      return;
    default:
      return;
  }
}

void Parser::check_branches(const ast::BlockStmt* body) {
  BranchChecker checker(*this);
  checker.check(body);
}

std::string Parser::pos_string(Pos p) const {
  base::Location loc = diags_.sources().location(p);
  if (loc.file == nullptr) return "?";
  return std::string(loc.file->name()) + ":" + std::to_string(loc.line) + ":" +
         std::to_string(loc.column);
}

}  // namespace gocxx::parse
