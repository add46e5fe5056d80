import type { Answers } from "./questionnaire.ts";
import { fail, ok, type Result } from "./result.ts";

/**
 * The subset of SurveyJS `visibleIf` expressions that questionnaire files use:
 * `{q} = "v"`, `{q} != "v"`, `{q} contains "v"`, `{q} contains ["v", ...]`, `{q} notcontains "v"`,
 * combined with `and`, `or`, `not` and parentheses. Parsed into a tree and evaluated without `eval`,
 * so a questionnaire file can never run code.
 */
export type Operand =
  | { kind: "variable"; name: string }
  | { kind: "string"; value: string }
  | { kind: "array"; values: string[] };

export type VisibilityExpression =
  | { kind: "and" | "or"; left: VisibilityExpression; right: VisibilityExpression }
  | { kind: "not"; operand: VisibilityExpression }
  | {
      kind: "compare";
      operator: "equals" | "notequals" | "contains" | "notcontains";
      left: Operand;
      right: Operand;
    };

type Token =
  | { kind: "variable"; name: string }
  | { kind: "string"; value: string }
  | { kind: "word"; value: string }
  | { kind: "symbol"; value: "(" | ")" | "[" | "]" | "," | "=" | "!=" };

export interface ExpressionError {
  message: string;
}

function tokenize(source: string): Result<Token[], ExpressionError> {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i] as string;
    if (/\s/.test(c)) {
      i++;
    } else if (c === "{") {
      const end = source.indexOf("}", i);
      if (end < 0) return fail([{ message: `unclosed "{" at position ${i}` }]);
      const name = source.slice(i + 1, end).trim();
      if (name === "") return fail([{ message: `empty variable at position ${i}` }]);
      tokens.push({ kind: "variable", name });
      i = end + 1;
    } else if (c === '"' || c === "'") {
      const end = source.indexOf(c, i + 1);
      if (end < 0) return fail([{ message: `unclosed string at position ${i}` }]);
      tokens.push({ kind: "string", value: source.slice(i + 1, end) });
      i = end + 1;
    } else if (c === "(" || c === ")" || c === "[" || c === "]" || c === ",") {
      tokens.push({ kind: "symbol", value: c });
      i++;
    } else if (c === "=") {
      tokens.push({ kind: "symbol", value: "=" });
      i += source[i + 1] === "=" ? 2 : 1;
    } else if ((c === "!" && source[i + 1] === "=") || (c === "<" && source[i + 1] === ">")) {
      tokens.push({ kind: "symbol", value: "!=" });
      i += 2;
    } else if (/[A-Za-z]/.test(c)) {
      const match = /^[A-Za-z]+/.exec(source.slice(i));
      const word = (match?.[0] ?? "").toLowerCase();
      tokens.push({ kind: "word", value: word });
      i += word.length;
    } else {
      return fail([{ message: `unexpected character "${c}" at position ${i}` }]);
    }
  }
  return ok(tokens);
}

class Parser {
  private position = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): VisibilityExpression {
    const expression = this.parseOr();
    if (this.position < this.tokens.length) throw new Error(`unexpected ${this.describe(this.peek())}`);
    return expression;
  }

  private peek(): Token | undefined {
    return this.tokens[this.position];
  }

  private describe(token: Token | undefined): string {
    if (token === undefined) return "end of expression";
    if (token.kind === "variable") return `{${token.name}}`;
    if (token.kind === "string") return `"${token.value}"`;
    return `"${token.value}"`;
  }

  private isWord(value: string): boolean {
    const token = this.peek();
    return token?.kind === "word" && token.value === value;
  }

  private isSymbol(value: string): boolean {
    const token = this.peek();
    return token?.kind === "symbol" && token.value === value;
  }

  private expectSymbol(value: string): void {
    if (!this.isSymbol(value)) throw new Error(`expected "${value}" but found ${this.describe(this.peek())}`);
    this.position++;
  }

  private parseOr(): VisibilityExpression {
    let left = this.parseAnd();
    while (this.isWord("or")) {
      this.position++;
      left = { kind: "or", left, right: this.parseAnd() };
    }
    return left;
  }

  private parseAnd(): VisibilityExpression {
    let left = this.parseUnary();
    while (this.isWord("and")) {
      this.position++;
      left = { kind: "and", left, right: this.parseUnary() };
    }
    return left;
  }

  private parseUnary(): VisibilityExpression {
    if (this.isWord("not")) {
      this.position++;
      return { kind: "not", operand: this.parseUnary() };
    }
    if (this.isSymbol("(")) {
      this.position++;
      const inner = this.parseOr();
      this.expectSymbol(")");
      return inner;
    }
    return this.parseComparison();
  }

  private parseComparison(): VisibilityExpression {
    const left = this.parseOperand();
    const token = this.peek();
    let operator: "equals" | "notequals" | "contains" | "notcontains";
    if (token?.kind === "symbol" && token.value === "=") operator = "equals";
    else if (token?.kind === "symbol" && token.value === "!=") operator = "notequals";
    else if (token?.kind === "word" && token.value === "contains") operator = "contains";
    else if (token?.kind === "word" && token.value === "notcontains") operator = "notcontains";
    else
      throw new Error(
        `expected an operator (=, !=, contains, notcontains) but found ${this.describe(token)}`,
      );
    this.position++;
    return { kind: "compare", operator, left, right: this.parseOperand() };
  }

  private parseOperand(): Operand {
    const token = this.peek();
    if (token?.kind === "variable") {
      this.position++;
      return { kind: "variable", name: token.name };
    }
    if (token?.kind === "string") {
      this.position++;
      return { kind: "string", value: token.value };
    }
    if (token?.kind === "symbol" && token.value === "[") {
      this.position++;
      const values: string[] = [];
      while (!this.isSymbol("]")) {
        const item = this.peek();
        if (item?.kind !== "string")
          throw new Error(`expected a string in a list but found ${this.describe(item)}`);
        values.push(item.value);
        this.position++;
        if (this.isSymbol(",")) this.position++;
        else if (!this.isSymbol("]"))
          throw new Error(`expected "," or "]" but found ${this.describe(this.peek())}`);
      }
      this.position++;
      return { kind: "array", values };
    }
    throw new Error(`expected {question}, a string or a list but found ${this.describe(token)}`);
  }
}

export function parseVisibilityExpression(source: string): Result<VisibilityExpression, ExpressionError> {
  const tokens = tokenize(source);
  if (!tokens.ok) return tokens;
  if (tokens.value.length === 0) return fail([{ message: "empty expression" }]);
  try {
    return ok(new Parser(tokens.value).parse());
  } catch (error) {
    return fail([{ message: (error as Error).message }]);
  }
}

type Value = string | string[] | undefined;

function resolve(operand: Operand, answers: Answers): Value {
  if (operand.kind === "variable")
    return Object.hasOwn(answers, operand.name) ? answers[operand.name] : undefined;
  if (operand.kind === "string") return operand.value;
  return operand.values;
}

function equals(left: Value, right: Value): boolean {
  if (left === undefined || right === undefined) return false;
  if (Array.isArray(left) || Array.isArray(right)) {
    if (!Array.isArray(left) || !Array.isArray(right) || left.length !== right.length) return false;
    const sorted = [...right].sort();
    return [...left].sort().every((item, index) => item === sorted[index]);
  }
  return left === right;
}

/**
 * SurveyJS semantics: a list contains an item when one element equals it; a text contains an item as a
 * substring (so `{radio} contains ["item2"]` holds for the answer "item2-0"); a list on the right
 * means every one of its items must be contained.
 */
function contains(left: Value, right: Value): boolean {
  if (left === undefined || right === undefined) return false;
  if (Array.isArray(right)) return right.every((item) => contains(left, item));
  if (Array.isArray(left)) return left.includes(right);
  return left.includes(right);
}

export function evaluateVisibility(expression: VisibilityExpression, answers: Answers): boolean {
  switch (expression.kind) {
    case "and":
      return evaluateVisibility(expression.left, answers) && evaluateVisibility(expression.right, answers);
    case "or":
      return evaluateVisibility(expression.left, answers) || evaluateVisibility(expression.right, answers);
    case "not":
      return !evaluateVisibility(expression.operand, answers);
    case "compare": {
      const left = resolve(expression.left, answers);
      const right = resolve(expression.right, answers);
      if (expression.operator === "equals") return equals(left, right);
      if (expression.operator === "notequals") return !equals(left, right);
      if (expression.operator === "contains") return contains(left, right);
      return !contains(left, right);
    }
  }
}

/** The question ids an expression reads, so a loader can reject references to unknown questions. */
export function referencedQuestions(expression: VisibilityExpression): string[] {
  switch (expression.kind) {
    case "and":
    case "or":
      return [...referencedQuestions(expression.left), ...referencedQuestions(expression.right)];
    case "not":
      return referencedQuestions(expression.operand);
    case "compare":
      return [expression.left, expression.right].flatMap((operand) =>
        operand.kind === "variable" ? [operand.name] : [],
      );
  }
}
