import * as path from 'path';
import Parser = require('tree-sitter');
import type { Document, Lang, Span } from '../core/document';

/** Languages parsed by a tree-sitter grammar: ours in grammars/, bash from npm. */
export type GrammarLang = 'nginx' | 'iptables' | 'nftables' | 'ufw' | 'systemd' | 'shell';

export const GRAMMAR_LANGS: readonly GrammarLang[] = ['nginx', 'iptables', 'nftables', 'ufw', 'systemd', 'shell'];

export function hasGrammar(lang: Lang): lang is GrammarLang {
  return (GRAMMAR_LANGS as readonly string[]).includes(lang);
}

/** The repository root: src/parse (ts) and dist/parse (js) both sit two levels down. */
export const PACKAGE_ROOT = path.join(__dirname, '..', '..');

const languages = new Map<GrammarLang, unknown>();
const parsers = new Map<GrammarLang, Parser>();

export function languageOf(lang: GrammarLang): unknown {
  let language = languages.get(lang);
  if (!language) {
    language =
      lang === 'shell'
        ? require('tree-sitter-bash')
        : require(path.join(PACKAGE_ROOT, 'grammars', lang));
    languages.set(lang, language);
  }
  return language;
}

function parserFor(lang: GrammarLang): Parser {
  let parser = parsers.get(lang);
  if (!parser) {
    parser = new Parser();
    parser.setLanguage(languageOf(lang) as Parser.Language);
    parsers.set(lang, parser);
  }
  return parser;
}

/** Parses text with a grammar. Inputs of any size: the buffer grows with the text. */
export function parseText(lang: GrammarLang, text: string): Parser.Tree {
  return parserFor(lang).parse(text, undefined, { bufferSize: Math.max(32 * 1024, text.length + 1) });
}

const trees = new WeakMap<Document, Parser.Tree>();

/** The syntax tree of a document, parsed once per run. */
export function parseDocument(doc: Document): Parser.Tree {
  if (!hasGrammar(doc.lang)) throw new Error(`no grammar for ${doc.lang}`);
  let tree = trees.get(doc);
  if (!tree) {
    tree = parseText(doc.lang, doc.text);
    trees.set(doc, tree);
  }
  return tree;
}

export function spanOf(node: Parser.SyntaxNode): Span {
  return { start: node.startPosition, end: node.endPosition };
}

export interface SyntaxProblem {
  kind: 'error' | 'missing';
  node: Parser.SyntaxNode;
}

/** Every ERROR and MISSING node, outermost first, in document order. */
export function syntaxProblems(tree: Parser.Tree): SyntaxProblem[] {
  const out: SyntaxProblem[] = [];
  if (!tree.rootNode.hasError) return out;
  const walk = (node: Parser.SyntaxNode): void => {
    if (node.isMissing) {
      out.push({ kind: 'missing', node });
      return;
    }
    if (node.type === 'ERROR') {
      out.push({ kind: 'error', node });
      return;
    }
    if (!node.hasError) return;
    for (const child of node.children) walk(child);
  };
  walk(tree.rootNode);
  return out;
}

export type { Parser };
