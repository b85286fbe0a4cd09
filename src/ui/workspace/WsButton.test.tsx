// @vitest-environment happy-dom
import { ArrowLeft, Download } from 'lucide-react';
import { act, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { WsButton } from './WsButton';
import { domRootPerTest } from '../testing/domRoot';

const dom = domRootPerTest();

function html(node: ReactNode): string {
  act(() => dom.root.render(node));
  return dom.host.innerHTML;
}

describe('WsButton', () => {
  it('renders the same DOM as the hand-written small button with an icon', () => {
    // given the bar's button as it was written by hand
    const noop = () => {};
    const byHand = html(
      <button type="button" className="ws-btn ws-btn--small" onClick={noop} data-testid="ws.exit">
        <ArrowLeft size={14} aria-hidden="true" /> Workflows
      </button>,
    );
    // when the component draws it
    const drawn = html(
      <WsButton testId="ws.exit" icon={ArrowLeft} onClick={noop}>
        Workflows
      </WsButton>,
    );
    // then nothing differs: test id, classes, hidden icon, label and its space
    expect(drawn).toBe(byHand);
    expect(dom.host.querySelector('button')?.textContent).toBe(' Workflows');
  });

  it('renders the same DOM as a row button without an icon, in the danger variant', () => {
    const noop = () => {};
    const byHand = html(
      <button
        type="button"
        className="ws-btn ws-btn--small ws-btn--danger"
        onClick={noop}
        data-testid="ws.row.delete"
      >
        Delete
      </button>,
    );
    const drawn = html(
      <WsButton testId="ws.row.delete" variant="danger" onClick={noop}>
        Delete
      </WsButton>,
    );
    expect(drawn).toBe(byHand);
  });

  it('keeps aria-expanded and disabled, and a dialog button is not small', () => {
    const noop = () => {};
    html(
      <WsButton testId="ws.export" icon={Download} expanded={false} onClick={noop}>
        Export
      </WsButton>,
    );
    expect(dom.host.querySelector('button')?.getAttribute('aria-expanded')).toBe('false');
    html(
      <WsButton variant="primary" small={false} disabled onClick={noop}>
        Save and exit
      </WsButton>,
    );
    const b = dom.host.querySelector('button');
    expect(b?.className).toBe('ws-btn ws-btn--primary');
    expect(b?.disabled).toBe(true);
    expect(b?.hasAttribute('data-testid')).toBe(false);
  });

  it('calls onClick when clicked', () => {
    // given a button
    const onClick = vi.fn();
    html(
      <WsButton testId="ws.row.open" onClick={onClick}>
        Open
      </WsButton>,
    );
    // when it is clicked
    act(() => dom.host.querySelector('button')?.click());
    // then the handler ran once
    expect(onClick).toHaveBeenCalledTimes(1);
  });
});
