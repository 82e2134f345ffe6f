// The rule language parser (Boost Spirit X3). This is the only file that includes Spirit.
//
// A file is split into statements at ';' (outside quotes; '#' starts a comment). Each
// statement is parsed on its own, so a syntax error costs only that statement. Grammar:
//
//   statement   := "class" name ":" entry+ | "rule" name ":" alternatives "->" template attr*
//   entry       := (word | "quoted phrase" | "@" name) ["=" value]
//   alternatives:= sequence ("|" sequence)*
//   sequence    := element+
//   element     := [CAPTURE "="] atom ["?" | "{" m "," n "}"]
//   atom        := "<" entity-spec ">" | "@" name | "quoted" | "~" n [".." m] | "~~" n [".." m]
//                | "!" ("@" name | "quoted") | "(" alternatives ")"
//   template    := CAPTURE predicate [CAPTURE]
//   attr        := "cameo" "=" digits | "plover" "=" NAME | "mode" "=" name
#include <algorithm>
#include <boost/spirit/home/x3.hpp>
#include <functional>

#include "fmt/format.h"
#include "internal/rules.h"
#include "internal/text.h"

namespace attache::internal {
namespace {

namespace x3 = boost::spirit::x3;

constexpr int kMaxNesting = 16;
constexpr std::size_t kMaxStatementBytes = 256 * 1024;

// Maps byte offsets to 1-based line and column.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text) {
    starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n') starts_.push_back(i + 1);
    }
  }
  SourcePos At(std::size_t offset) const {
    auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
    std::size_t line = static_cast<std::size_t>(it - starts_.begin());
    return {static_cast<int>(line), static_cast<int>(offset - starts_[line - 1]) + 1};
  }

 private:
  std::vector<std::size_t> starts_;
};

struct Statement {
  std::size_t offset;  // in the file
  std::string text;    // comments blanked out, offsets preserved
};

// Splits at ';' outside quotes, blanking comments. Reports unterminated quotes.
std::vector<Statement> SplitStatements(const DataSource& source, const LineIndex& lines,
                                       std::vector<DataError>* errors) {
  std::vector<Statement> out;
  const std::string& s = source.content;
  std::string current;
  std::size_t start = 0;
  bool in_quote = false;
  std::size_t quote_start = 0;
  auto flush = [&](std::size_t next) {
    if (current.find_first_not_of(" \t\r\n") != std::string::npos) {
      out.push_back({start, current});
    }
    current.clear();
    start = next;
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (in_quote) {
      if (c == '\n') {
        SourcePos p = lines.At(quote_start);
        errors->push_back({source.name, p.line, p.column, "unterminated string",
                           Shorten(std::string_view(s).substr(quote_start, i - quote_start))});
        in_quote = false;
        // Drop the broken statement: skip to its end.
        std::size_t end = s.find(';', i);
        current.clear();
        if (end == std::string::npos) return out;
        i = end;
        start = end + 1;
        continue;
      }
      if (c == '"') in_quote = false;
      current += c;
      continue;
    }
    if (c == '#') {
      std::size_t end = s.find('\n', i);
      if (end == std::string::npos) end = s.size();
      current.append(end - i, ' ');
      i = end - 1;
      continue;
    }
    if (c == '"') {
      in_quote = true;
      quote_start = i;
    }
    if (c == ';') {
      flush(i + 1);
      continue;
    }
    current += c;
  }
  if (in_quote) {
    SourcePos p = lines.At(quote_start);
    errors->push_back({source.name, p.line, p.column, "unterminated string", ""});
    return out;
  }
  if (current.find_first_not_of(" \t\r\n") != std::string::npos) {
    std::size_t first = current.find_first_not_of(" \t\r\n");
    SourcePos p = lines.At(start + first);
    errors->push_back({source.name, p.line, p.column, "statement is missing its final ';'",
                       Shorten(std::string_view(current).substr(first))});
  }
  return out;
}

// Receives parse events and builds the syntax tree of one statement.
class Builder {
 public:
  Builder(const LineIndex& lines, std::size_t base, const char* text_begin)
      : lines_(lines), base_(base), text_begin_(text_begin) {}

  SourcePos Pos(const char* where) const {
    if (mark_ != nullptr) where = mark_;
    return lines_.At(base_ + static_cast<std::size_t>(where - text_begin_));
  }
  // Records where the next element starts (actions see only where an element ended).
  void Mark(const char* where) { mark_ = where; }

  // --- class statements
  void BeginClass(const std::string& name, const char* where) {
    is_class_ = true;
    class_.name = name;
    class_.pos = Pos(where);
  }
  void AddEntry(std::string text, bool is_ref, const char* where) {
    class_.entries.push_back({std::move(text), "", is_ref, Pos(where)});
  }
  void SetEntryValue(const std::string& value) { class_.entries.back().value = value; }

  // --- rule statements
  void BeginRule(const std::string& name, const char* where) {
    rule_.name = name;
    rule_.pos = Pos(where);
    rule_.pattern.kind = NodeKind::kSequence;
    stack_ = {&rule_.pattern};
  }
  void SetCapture(const std::string& capture) { pending_capture_ = capture; }
  PatternNode* Add(NodeKind kind, std::string text, const char* where) {
    PatternNode node;
    node.kind = kind;
    node.text = std::move(text);
    node.capture = std::move(pending_capture_);
    pending_capture_.clear();
    node.pos = Pos(where);
    stack_.back()->children.push_back(std::move(node));
    return &stack_.back()->children.back();
  }
  void OpenAlternatives(const char* where) {
    stack_.push_back(Add(NodeKind::kAlternative, "", where));
  }
  void OpenBranch(const char* where) {
    PatternNode* alt = stack_.back();
    PatternNode branch;
    branch.kind = NodeKind::kSequence;
    branch.pos = Pos(where);
    alt->children.push_back(std::move(branch));
    stack_.push_back(&alt->children.back());
  }
  void Close() { stack_.pop_back(); }
  void SetRepeat(int min, int max) {
    PatternNode& last = stack_.back()->children.back();
    last.min = min;
    last.max = max;
  }
  void SetGap(int min, int max) { SetRepeat(min, max); }
  // "~M..N": the number read first was the minimum.
  void SetGapMax(int max) {
    PatternNode& last = stack_.back()->children.back();
    last.min = last.max;
    last.max = max;
  }
  void SetTemplate(const std::string& subject, const std::string& predicate, const char* where) {
    rule_.subject = subject;
    rule_.predicate = predicate;
    rule_.template_pos = Pos(where);
  }
  void SetObject(const std::string& object) { rule_.object = object; }
  void SetAttribute(const std::string& key, const std::string& value) {
    if (key == "cameo") rule_.cameo = value;
    if (key == "plover") rule_.plover = value;
    if (key == "mode") rule_.mode = value;
  }

  bool is_class() const { return is_class_; }
  ClassAst& class_ast() { return class_; }
  RuleAst& rule_ast() { return rule_; }

 private:
  const LineIndex& lines_;
  std::size_t base_;
  const char* text_begin_;
  bool is_class_ = false;
  ClassAst class_;
  RuleAst rule_;
  std::vector<PatternNode*> stack_;
  std::string pending_capture_;
  const char* mark_ = nullptr;
};

struct builder_tag;

Builder& B(auto& ctx) { return x3::get<builder_tag>(ctx).get(); }
const char* Where(auto& ctx) { return &*x3::_where(ctx).begin(); }

// ------------------------------------------------------------------------- grammar
using x3::lexeme;
using x3::lit;
using x3::uint_;
using x3::ascii::digit;
using x3::ascii::lower;
using x3::ascii::upper;

const auto kName = x3::rule<struct name_id, std::string>{"a lowercase name"} =
    lexeme[(lower | x3::char_('_')) >> *(lower | digit | x3::char_("_-"))];
const auto kCaptureName = x3::rule<struct capture_id, std::string>{"a CAPTURE name"} =
    lexeme[upper >> *(upper | digit)];
const auto kQuoted = x3::rule<struct quoted_id, std::string>{"a quoted string"} =
    lexeme['"' > *(x3::char_ - '"') > '"'];
const auto kBareWord = x3::rule<struct bare_id, std::string>{"a word"} =
    lexeme[+(x3::char_ - x3::char_(" \t\r\n;\"=|<>()@~!?{},:"))];
const auto kEntitySpec = x3::rule<struct spec_id, std::string>{"an entity type or =id"} =
    x3::raw[lexeme[x3::char_('*') | (x3::char_('=') >> +(lower | digit | x3::char_('-'))) |
                   (+(x3::ascii::alpha | x3::char_("_|")))]];
const auto kPredicate = x3::rule<struct pred_id, std::string>{"a predicate"} =
    x3::raw[lexeme[+(lower | digit | x3::char_('-') | (x3::char_('{') >> +upper >> '}'))]];

x3::rule<struct alternatives_id> const kAlternatives = "a pattern";
x3::rule<struct sequence_id> const kSequence = "a pattern element";
x3::rule<struct element_id> const kElement = "a pattern element";
x3::rule<struct atom_id> const kAtom = "a pattern element";

auto on_mark = [](auto& ctx) { B(ctx).Mark(&*x3::_where(ctx).begin()); };
auto on_capture = [](auto& ctx) { B(ctx).SetCapture(x3::_attr(ctx)); };
auto on_entity = [](auto& ctx) { B(ctx).Add(NodeKind::kEntity, x3::_attr(ctx), Where(ctx)); };
auto on_class = [](auto& ctx) { B(ctx).Add(NodeKind::kClass, x3::_attr(ctx), Where(ctx)); };
auto on_literal = [](auto& ctx) { B(ctx).Add(NodeKind::kLiteral, x3::_attr(ctx), Where(ctx)); };
auto on_not_class = [](auto& ctx) { B(ctx).Add(NodeKind::kNotClass, x3::_attr(ctx), Where(ctx)); };
auto on_not_literal = [](auto& ctx) {
  B(ctx).Add(NodeKind::kNotLiteral, x3::_attr(ctx), Where(ctx));
};
auto on_gap_min = [](auto& ctx) {
  int n = static_cast<int>(x3::_attr(ctx));
  B(ctx).Add(NodeKind::kGap, "", Where(ctx));
  B(ctx).SetGap(0, n);
};
auto on_gap_any_min = [](auto& ctx) {
  int n = static_cast<int>(x3::_attr(ctx));
  B(ctx).Add(NodeKind::kGapAny, "", Where(ctx));
  B(ctx).SetGap(0, n);
};
auto on_gap_max = [](auto& ctx) { B(ctx).SetGapMax(static_cast<int>(x3::_attr(ctx))); };
auto on_optional = [](auto& ctx) { B(ctx).SetRepeat(0, 1); };
auto on_repeat = [](auto& ctx) {
  auto& attr = x3::_attr(ctx);
  B(ctx).SetRepeat(static_cast<int>(boost::fusion::at_c<0>(attr)),
                   static_cast<int>(boost::fusion::at_c<1>(attr)));
};
auto on_open_alternatives = [](auto& ctx) { B(ctx).OpenAlternatives(Where(ctx)); };
auto on_open_branch = [](auto& ctx) { B(ctx).OpenBranch(Where(ctx)); };
auto on_close = [](auto& ctx) { B(ctx).Close(); };

const auto kAlternatives_def =
    x3::eps[on_open_alternatives] >>
    ((x3::eps[on_open_branch] >> kSequence >> x3::eps[on_close]) % '|') >> x3::eps[on_close];
const auto kSequence_def = +kElement;
const auto kQuantifier =
    lit('?')[on_optional] | (lit('{') > (uint_ > ',' > uint_)[on_repeat] > '}');
const auto kElement_def = -((kCaptureName >> '=')[on_capture]) >> kAtom >> -kQuantifier;
const auto kAtom_def = x3::eps[on_mark] >>
                       ((lit('<') > kEntitySpec[on_entity] > '>') | (lit('@') > kName[on_class]) |
                        kQuoted[on_literal] |
                        (lit("~~") > uint_[on_gap_any_min] > -(lit("..") > uint_[on_gap_max])) |
                        (lit('~') > uint_[on_gap_min] > -(lit("..") > uint_[on_gap_max])) |
                        (lit('!') > ((lit('@') > kName[on_not_class]) | kQuoted[on_not_literal])) |
                        (lit('(') > kAlternatives > ')'));
BOOST_SPIRIT_DEFINE(kAlternatives, kSequence, kElement, kAtom)

auto on_class_name = [](auto& ctx) { B(ctx).BeginClass(x3::_attr(ctx), Where(ctx)); };
auto on_entry_word = [](auto& ctx) { B(ctx).AddEntry(x3::_attr(ctx), false, Where(ctx)); };
auto on_entry_ref = [](auto& ctx) { B(ctx).AddEntry(x3::_attr(ctx), true, Where(ctx)); };
auto on_entry_value = [](auto& ctx) { B(ctx).SetEntryValue(x3::_attr(ctx)); };
auto on_rule_name = [](auto& ctx) { B(ctx).BeginRule(x3::_attr(ctx), Where(ctx)); };
auto on_subject = [](auto& ctx) {
  auto& attr = x3::_attr(ctx);
  B(ctx).SetTemplate(boost::fusion::at_c<0>(attr), boost::fusion::at_c<1>(attr), Where(ctx));
};
auto on_object = [](auto& ctx) { B(ctx).SetObject(x3::_attr(ctx)); };
auto on_cameo = [](auto& ctx) { B(ctx).SetAttribute("cameo", x3::_attr(ctx)); };
auto on_plover = [](auto& ctx) { B(ctx).SetAttribute("plover", x3::_attr(ctx)); };
auto on_mode = [](auto& ctx) { B(ctx).SetAttribute("mode", x3::_attr(ctx)); };

const auto kEntry = x3::eps[on_mark] >> ((lit('@') > kName[on_entry_ref]) | kQuoted[on_entry_word] |
                                         kBareWord[on_entry_word]) >>
                    -(lit('=') > kBareWord[on_entry_value]);
const auto kClassStatement = lexeme[lit("class") >> !x3::ascii::alnum] > x3::eps[on_mark] >
                             kName[on_class_name] > ':' > +kEntry;
const auto kTemplate =
    (x3::eps[on_mark] >> (kCaptureName > kPredicate)[on_subject]) > -kCaptureName[on_object];
const auto kDigits = x3::rule<struct digits_id, std::string>{"digits"} = lexeme[+digit];
const auto kUpperName = x3::rule<struct upper_id, std::string>{"an UPPERCASE name"} =
    lexeme[+x3::char_("A-Z_")];
const auto kAttribute = (lit("cameo") > '=' > kDigits[on_cameo]) |
                        (lit("plover") > '=' > kUpperName[on_plover]) |
                        (lit("mode") > '=' > kName[on_mode]);
const auto kRuleStatement = lexeme[lit("rule") >> !x3::ascii::alnum] > x3::eps[on_mark] >
                            kName[on_rule_name] > ':' > kAlternatives > "->" > kTemplate >
                            *kAttribute;
const auto kStatement = (kClassStatement | kRuleStatement) > x3::eoi;

int NestingDepth(std::string_view s) {
  int depth = 0, max_depth = 0;
  bool quoted = false;
  for (char c : s) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '(') max_depth = std::max(max_depth, ++depth);
    if (c == ')') --depth;
  }
  return max_depth;
}

void ParseStatement(const DataSource& source, const LineIndex& lines, const Statement& st,
                    RuleFileAst* out, std::vector<DataError>* errors) {
  std::size_t first = st.text.find_first_not_of(" \t\r\n");
  SourcePos start = lines.At(st.offset + first);
  auto error = [&](SourcePos p, std::string message, std::string_view near) {
    errors->push_back({source.name, p.line, p.column, std::move(message), Shorten(near)});
  };
  if (st.text.size() > kMaxStatementBytes) {
    error(start, "statement too long", "");
    return;
  }
  if (NestingDepth(st.text) > kMaxNesting) {
    error(start, fmt::format("parentheses nested deeper than {}", kMaxNesting), "");
    return;
  }
  const char* begin = st.text.data();
  const char* end = begin + st.text.size();
  Builder builder(lines, st.offset, begin);
  const char* it = begin;
  try {
    bool ok = x3::phrase_parse(it, end, x3::with<builder_tag>(std::ref(builder))[kStatement],
                               x3::ascii::space);
    if (!ok) {
      std::size_t at = static_cast<std::size_t>(it - begin);
      at = std::min(st.text.find_first_not_of(" \t\r\n", at), st.text.size());
      error(lines.At(st.offset + at), "expected 'class' or 'rule' statement",
            std::string_view(st.text).substr(at));
      return;
    }
  } catch (const x3::expectation_failure<const char*>& e) {
    std::size_t at = static_cast<std::size_t>(e.where() - begin);
    std::string_view rest = std::string_view(st.text).substr(at);
    std::string_view found = rest.substr(0, rest.find_first_of("\n"));
    error(lines.At(st.offset + at),
          fmt::format("syntax error: expected {}", e.which().empty() ? "more" : e.which()),
          found.empty() ? std::string_view("end of statement") : found);
    return;
  }
  if (builder.is_class()) {
    builder.class_ast().file = source.name;
    out->classes.push_back(std::move(builder.class_ast()));
  } else {
    builder.rule_ast().file = source.name;
    out->rules.push_back(std::move(builder.rule_ast()));
  }
}

}  // namespace

void ParseRuleFile(const DataSource& source, RuleFileAst* out, std::vector<DataError>* errors) {
  LineIndex lines(source.content);
  for (const Statement& st : SplitStatements(source, lines, errors)) {
    ParseStatement(source, lines, st, out, errors);
  }
}

}  // namespace attache::internal
