import { AlignLeft } from 'lucide-react';
import { forwardRef, useRef, type UIEvent } from 'react';
import { parseJsonInput } from '../../core';

interface Props {
  value: string;
  onChange: (text: string) => void;
  /** What the message calls the text, e.g. "The input". */
  what: string;
  label: string;
  testId: string;
  rows?: number;
}

/**
 * A JSON text editor without Monaco (the dialog opens instantly, no extra chunk): line numbers
 * in a gutter, the error's line marked in the gutter and its character underlined in place,
 * the message with line and column under the field, and a Format button. The text is kept
 * as typed: formatting is the user's choice.
 */
export const JsonInputEditor = forwardRef<HTMLTextAreaElement, Props>(function JsonInputEditor(
  { value, onChange, what, label, testId, rows = 8 },
  ref,
) {
  const gutter = useRef<HTMLDivElement>(null);
  const mirror = useRef<HTMLPreElement>(null);
  const parsed = parseJsonInput(value);
  const lines = value.split('\n').length;
  const errLine = parsed.ok ? 0 : parsed.line;
  const errorId = `${testId}-error`;
  const onScroll = (e: UIEvent<HTMLTextAreaElement>) => {
    const { scrollTop, scrollLeft } = e.currentTarget;
    if (gutter.current) gutter.current.scrollTop = scrollTop;
    if (mirror.current) {
      mirror.current.scrollTop = scrollTop;
      mirror.current.scrollLeft = scrollLeft;
    }
  };
  const format = () => {
    if (parsed.ok) onChange(JSON.stringify(parsed.value, null, 2));
  };
  const at = parsed.ok ? -1 : Math.min(parsed.offset, value.length);
  return (
    <div className="sim-field">
      <div className="sim-row">
        <label htmlFor={testId} className="sim-field__label">
          {label}
        </label>
        <span className="topbar__spacer" />
        <span className="sim-muted" aria-hidden="true">
          {parsed.ok ? 'Valid JSON' : `Line ${parsed.line}, column ${parsed.column}`}
        </span>
        <button
          type="button"
          className="sim-btn"
          onClick={format}
          disabled={!parsed.ok}
          title={parsed.ok ? 'Indent the JSON' : 'Fix the JSON error first'}
          data-testid={`${testId}.format`}
        >
          <AlignLeft size={14} aria-hidden="true" /> Format
        </button>
      </div>
      <div className={`sim-code${parsed.ok ? '' : ' sim-code--invalid'}`}>
        <div className="sim-code__gutter sim-mono" ref={gutter} aria-hidden="true">
          {Array.from({ length: lines }, (_, i) => (
            <div
              key={i}
              className={i + 1 === errLine ? 'sim-code__line--error' : undefined}
              data-testid={i + 1 === errLine ? `${testId}.errorLine` : undefined}
            >
              {i + 1}
            </div>
          ))}
        </div>
        <div className="sim-code__area">
          {/* Behind the transparent textarea: the same text, with the bad character marked. */}
          <pre className="sim-code__mirror sim-mono" ref={mirror} aria-hidden="true">
            {at < 0 ? (
              value + '\n'
            ) : (
              <>
                {value.slice(0, at)}
                <mark className="sim-code__mark" data-testid={`${testId}.mark`}>
                  {value.slice(at, at + 1).replace('\n', ' ') || ' '}
                </mark>
                {value.slice(at + 1) + '\n'}
              </>
            )}
          </pre>
          <textarea
            ref={ref}
            id={testId}
            className="sim-code__text sim-mono"
            data-testid={testId}
            rows={rows}
            wrap="off"
            spellCheck={false}
            autoCapitalize="off"
            autoComplete="off"
            value={value}
            aria-invalid={!parsed.ok}
            aria-describedby={parsed.ok ? undefined : errorId}
            onChange={(e) => onChange(e.target.value)}
            onScroll={onScroll}
          />
        </div>
      </div>
      {!parsed.ok && (
        <span className="sim-error" role="alert" id={errorId} data-testid={`${testId}.error`}>
          {`${what} is not valid JSON at line ${parsed.line} column ${parsed.column}: ${parsed.message}`}
        </span>
      )}
    </div>
  );
});
