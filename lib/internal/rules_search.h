// Internal: the backtracking search that runs one rule program over a sentence's item
// stream (RE2's BitState, adapted to items). Use attache/grammar.hpp instead.
#ifndef ATTACHE_LIB_INTERNAL_RULES_SEARCH_H_
#define ATTACHE_LIB_INTERNAL_RULES_SEARCH_H_

#include <algorithm>
#include <cstdint>
#include <vector>

#include "attache/mentions.hpp"
#include "internal/rules.h"
#include "internal/rules_stream.h"

namespace attache::internal::rulematch {

// Runs a program anchored at given starts with leftmost-first (Perl-like) priorities:
// optional parts are tried before skipping them, gaps as short as possible, longer class
// phrases before shorter ones. A depth-first search in priority order whose first match is
// the preferred one; each (instruction, position) pair is explored at most once, since one
// that failed fails again whatever the path or start that reaches it. So the cost of all
// starts of one rule in one sentence is bounded by program size x the items they can reach,
// and no input recursion or capture copying is involved: a Save pushes an undo record.
// One Vm serves every rule of a sentence: its buffers keep their capacity between runs.
class Vm {
 public:
  // Points the Vm at one sentence.
  void Bind(const std::vector<Mention>& mentions, const Stream& s) {
    mentions_ = &mentions;
    s_ = &s;
  }

  // The program that CanStart() and the next runs follow.
  void Reset(const Program& prog) { prog_ = &prog; }

  // Whether the marks for starts in [first_start, last_start] fit the budget.
  static bool MarksFit(const Program& prog, std::uint32_t first_start, std::uint32_t last_start,
                       std::uint32_t max_span) {
    return (std::uint64_t{last_start} - first_start + max_span + 1) * prog.insts.size() <=
           kMarkBudget;
  }

  // Prepares runs from starts in [first_start, last_start]; no match of the program covers
  // more than `max_span` items.
  void Limit(std::uint32_t first_start, std::uint32_t last_start, std::uint32_t max_span) {
    const auto n = static_cast<std::uint32_t>(s_->items.size());
    base_ = first_start;
    width_ = std::min(n, last_start + max_span) - first_start + 1;
    marks_.assign((static_cast<std::size_t>(width_) * prog_->insts.size() + 63) / 64, 0);
    marked_ = false;
  }

  // Whether any first instruction of the program accepts the item at `p` (cheap prefilter;
  // a match can only start where this holds).
  bool CanStart(std::uint32_t p) const {
    const Item& item = s_->items[p];
    for (std::uint32_t pc : prog_->first_insts) {
      const Inst& inst = prog_->insts[pc];
      switch (inst.op) {
        case Op::kEntity:
          if (EntityLength(prog_->entity_tests[inst.arg], p) != 0) return true;
          break;
        case Op::kWord:
          if (!item.is_entity() && item.key == inst.key) return true;
          break;
        case Op::kClass:
          for (std::uint32_t h = s_->hit_begin[p]; h < s_->hit_begin[p + 1]; ++h) {
            if (s_->hits[h].word_class == inst.arg) return true;
          }
          break;
        case Op::kMatch:
          break;
        default:
          return true;  // kAnyWord, kAnyItem, kNotWord, kNotClass: let the search decide
      }
    }
    return false;
  }

  // The preferred match anchored at `start` (within the range given to Limit()), with its
  // captures and end.
  bool Run(std::uint32_t start, Caps* caps, std::uint32_t* end) {
    caps->fill(-1);
    top_ = 0;
    Push(start, 0);
    while (top_ > 0) {
      const Job job = jobs_[--top_];
      if ((job.pc & kUndo) != 0) {
        (*caps)[job.pc & ~kUndo] = static_cast<std::int16_t>(job.position);
        continue;
      }
      std::uint32_t pc = job.pc;
      std::uint32_t p = job.position;
      while (Mark(pc, p)) {
        const Inst& inst = prog_->insts[pc];
        if (inst.op == Op::kJump) {
          pc = inst.x;
        } else if (inst.op == Op::kSplit) {
          Push(p, inst.y);
          pc = inst.x;
        } else if (inst.op == Op::kSave) {
          Push(static_cast<std::uint32_t>((*caps)[inst.arg]), inst.arg | kUndo);
          (*caps)[inst.arg] = static_cast<std::int16_t>(p);
          ++pc;
        } else if (inst.op == Op::kMatch) {
          *end = p;
          ForgetMarks();  // the marks on this path led to a match, not to failure
          return true;
        } else {
          // The preferred way to consume is followed now, the others are stacked so that
          // the next preferred is on top.
          std::uint32_t next = 0;  // 0: no way (a step always consumes)
          const std::size_t first = top_;
          ForEachAdvance(inst, p, [&](std::uint32_t length) {
            if (next == 0) {
              next = p + length;
            } else {
              Push(p + length, pc + 1);
            }
          });
          if (next == 0) break;
          std::reverse(jobs_.begin() + static_cast<std::ptrdiff_t>(first),
                       jobs_.begin() + static_cast<std::ptrdiff_t>(top_));
          p = next;
          ++pc;
        }
      }
    }
    return false;
  }

 private:
  // An entry of the search's stack: explore `pc` at `position`, or, with kUndo set in `pc`,
  // restore capture slot `pc & ~kUndo` to the value `position`.
  struct Job {
    std::uint32_t position;
    std::uint32_t pc;
  };
  static constexpr std::uint32_t kUndo = 0x80000000u;

  void Push(std::uint32_t position, std::uint32_t pc) {
    if (top_ == jobs_.size()) jobs_.resize(jobs_.size() * 2 + 64);
    jobs_[top_++] = {position, pc};
  }

  // Marks (pc, p) explored; false if it already was (or lies outside the range, which
  // max_span rules out).
  bool Mark(std::uint32_t pc, std::uint32_t p) {
    const std::uint32_t offset = p - base_;
    if (offset >= width_) return false;
    const std::size_t bit = static_cast<std::size_t>(pc) * width_ + offset;
    std::uint64_t& word = marks_[bit / 64];
    const std::uint64_t mask = std::uint64_t{1} << (bit % 64);
    if ((word & mask) != 0) return false;
    word |= mask;
    marked_ = true;
    return true;
  }

  void ForgetMarks() {
    if (marked_) std::fill(marks_.begin(), marks_.end(), 0);
    marked_ = false;
  }

  bool EntityOk(const EntityTest& test, const Item& item) const {
    if (!item.is_entity()) return false;
    if (test.entity != kNoEntity) {
      return item.members_end - item.members_begin == 1 &&
             (*mentions_)[s_->members[item.members_begin]].entity == test.entity;
    }
    return (item.type_mask & ~test.type_mask) == 0;
  }

  // The items an entity instruction with `test` consumes at p: 1 for an accepted mention,
  // 2 for a determiner and an accepted mention ("the UAE", "his counterpart"), else 0.
  std::uint32_t EntityLength(const EntityTest& test, std::uint32_t p) const {
    const Item& item = s_->items[p];
    if (EntityOk(test, item)) return 1;
    const bool determined =
        item.determiner() && p + 1 < s_->items.size() && EntityOk(test, s_->items[p + 1]);
    return determined ? 2 : 0;
  }

  // Calls advance(length) for each way the consuming instruction `inst` accepts the items
  // from position p on (a class phrase may be several items long), preferred first.
  template <typename Advance>
  void ForEachAdvance(const Inst& inst, std::uint32_t p, const Advance& advance) const {
    if (p >= s_->items.size()) return;
    const Item& item = s_->items[p];
    bool one = false;
    switch (inst.op) {
      case Op::kEntity:
        if (const std::uint32_t length = EntityLength(prog_->entity_tests[inst.arg], p)) {
          advance(length);
        }
        break;
      case Op::kWord:
        one = !item.is_entity() && item.key == inst.key;
        break;
      case Op::kNotWord:
        one = !item.is_entity() && item.key != inst.key;
        break;
      case Op::kAnyWord:
        one = !item.is_entity() || item.soft;
        break;
      case Op::kAnyItem:
        one = true;
        break;
      case Op::kNotClass: {
        one = !item.is_entity();
        for (std::uint32_t h = s_->hit_begin[p]; one && h < s_->hit_begin[p + 1]; ++h) {
          if (s_->hits[h].word_class == inst.arg && s_->hits[h].length == 1) one = false;
        }
        break;
      }
      case Op::kClass:
        // Hits are listed shortest first; the longest phrase is preferred.
        for (std::uint32_t h = s_->hit_begin[p + 1]; h-- > s_->hit_begin[p];) {
          if (s_->hits[h].word_class == inst.arg) advance(s_->hits[h].length);
        }
        break;
      default:
        break;
    }
    if (one) advance(1);
  }

  // Bits of marks shared by a run of starts (128 KiB); a run whose span would need more is
  // split, so a long sentence or a large program costs at most this much memory.
  static constexpr std::uint64_t kMarkBudget = std::uint64_t{1} << 20;

  const Program* prog_ = nullptr;
  const std::vector<Mention>* mentions_ = nullptr;
  const Stream* s_ = nullptr;
  std::uint32_t base_ = 0;            // the first start's position
  std::uint32_t width_ = 0;           // positions base_ .. base_ + width_ - 1 can be reached
  std::vector<std::uint64_t> marks_;  // explored (pc, position) pairs, pc-major
  bool marked_ = false;               // any mark since the last ForgetMarks()
  std::vector<Job> jobs_;             // the search's stack: jobs_[0 .. top_)
  std::size_t top_ = 0;
};

}  // namespace attache::internal::rulematch

#endif  // ATTACHE_LIB_INTERNAL_RULES_SEARCH_H_
