/**
 * Expression parse and evaluate throughput on realistic Choice conditions and constructor
 * values. The floor beside each figure is `JSON.parse` of a same-sized JSON text: the cheapest
 * parse the engine offers, measured in the same run.
 */
import {
  createSeededRandom,
  evaluate,
  evaluateExpression,
  parseExpression,
  type EvalEnv,
  type Expr,
} from '../../src/core/expression/index';
import { fmt, median, table } from './measure';

export const title = 'Expression language: parse and evaluate';

const EXPRESSIONS = [
  '$Input.status == "ready"',
  '$Context.Current.Input.Size >= 1024 && $Input.kind in ["a", "b", "c"]',
  '$Output.output.choices[0].message.content',
  'format("order {} for {}", $Input.order.id, $Input.customer["name"])',
  'length($Input.items) > 0 || !($Input.retry == true)',
  'jsonMerge($Input, {"processed": true, "count": intAdd($Global.count, 1)})',
  'hash(jsonToString($Input.order), "SHA-256")',
  '$.order.lines[?@.qty > 1].sku',
];

const env: EvalEnv = {
  vars: {
    $Input: {
      status: 'ready',
      Size: 2048,
      kind: 'b',
      items: [1, 2, 3],
      retry: false,
      customer: { name: 'Tom' },
      order: {
        id: 'o-1',
        lines: [
          { sku: 'x', qty: 2 },
          { sku: 'y', qty: 1 },
        ],
      },
    },
    $Output: { output: { choices: [{ message: { content: 'hi' } }] } },
    $Context: { Current: { Input: { Size: 2048 } } },
    $Global: { count: 1 },
  },
  random: createSeededRandom(1),
};

export function run(): Promise<string> {
  const n = 10_000;
  const asts = EXPRESSIONS.map((src) => parseExpression(src).ast as Expr);
  const json = EXPRESSIONS.map((src) => JSON.stringify({ expression: src }));
  const parseMs = median(() => {
    for (let i = 0; i < n; i++) parseExpression(EXPRESSIONS[i % EXPRESSIONS.length] as string);
  });
  const floorMs = median(() => {
    for (let i = 0; i < n; i++) JSON.parse(json[i % json.length] as string);
  });
  const evalMs = median(() => {
    for (let i = 0; i < n; i++) evaluateExpression(asts[i % asts.length] as Expr, env);
  });
  const cachedMs = median(() => {
    for (let i = 0; i < n; i++) evaluate(EXPRESSIONS[i % EXPRESSIONS.length] as string, env);
  });
  const perSec = (ms: number) => Math.round((n / ms) * 1000).toLocaleString('en-US');
  // Hostile sizes: a 60 KiB flat literal (parse is linear) and a ReDoS-shaped pattern on
  // 60,000 characters (the regex matcher is linear too).
  const big = `[${Array.from({ length: 12_000 }, (_, i) => i).join(', ')}]`.slice(0, 60_000);
  const bigText = big.slice(0, big.lastIndexOf(',')) + ']';
  const bigMs = median(() => parseExpression(bigText), 5, 1);
  const bigFloorMs = median(() => JSON.parse(bigText), 5, 1);
  const redos: EvalEnv = { vars: { $Input: { s: 'a'.repeat(60_000) } } };
  const regexMs = median(() => evaluate('regexMatchString("(a|aa)*b", $Input.s)', redos), 5, 1);
  const rows = [
    ['parseExpression', fmt(parseMs), perSec(parseMs), fmt(floorMs)],
    ['evaluateExpression (parsed AST)', fmt(evalMs), perSec(evalMs), '–'],
    ['evaluate (text, parse cache)', fmt(cachedMs), perSec(cachedMs), '–'],
    [
      `parse one ${(bigText.length / 1024).toFixed(0)} KiB array literal`,
      fmt(bigMs),
      '–',
      fmt(bigFloorMs),
    ],
    ['regexMatchString("(a|aa)*b") on 60,000 chars', fmt(regexMs), '–', '–'],
  ];
  const head = [
    `${n.toLocaleString('en-US')} expressions (${EXPRESSIONS.length} kinds)`,
    'median ms',
    'per second',
    'JSON.parse floor ms',
  ];
  return Promise.resolve(table(head, rows));
}
