/** The panel tells the truth about storage (issue 13): a wrap-up kept in memory only is never called "saved". */
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryStorage, type OutboxStorage } from '../src/core';
import { createMemoryTransport } from '../src/transport';
import { setup, startTimer } from './panel-setup';

/** localStorage once it is full: reads work, every write throws QuotaExceededError. */
function fullStorage(): OutboxStorage {
  const inner = createMemoryStorage();
  return {
    getItem: (k) => inner.getItem(k),
    setItem: () => {
      throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    },
    removeItem: (k) => inner.removeItem(k),
  };
}

describe('no usable localStorage from the start', () => {
  it('the desk hears it once through onError, and a pending wrap-up says it is not saved on this device', async () => {
    vi.stubGlobal('localStorage', undefined);
    try {
      const user = userEvent.setup();
      const onError = vi.fn();
      const transport = createMemoryTransport({ connected: false });
      const { rerenderPanel } = setup({ transport, storage: undefined, provider: { onError } });
      await user.click(await screen.findByRole('checkbox', { name: 'Refund issued' }));
      act(() => startTimer(transport));
      await user.click(screen.getByRole('button', { name: 'Add Wrap-Up' }));
      expect(await screen.findByText(/not saved on this device/)).toBeInTheDocument();
      rerenderPanel();
      expect(onError).toHaveBeenCalledTimes(1);
      expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'STORAGE_UNAVAILABLE', path: ['storage'] }));
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('storage full', () => {
  it('offline: the agent is told it is not saved on this device and to keep the tab open; the desk gets onError', async () => {
    const user = userEvent.setup();
    const onError = vi.fn();
    const transport = createMemoryTransport({ connected: false });
    setup({ transport, storage: fullStorage(), provider: { onError } });
    await user.click(await screen.findByRole('checkbox', { name: 'Refund issued' }));
    act(() => startTimer(transport));
    await user.click(screen.getByRole('button', { name: 'Add Wrap-Up' }));
    expect(await screen.findByText(/not saved on this device: keep this tab open/)).toBeInTheDocument();
    expect(screen.queryByText(/is saved and will be sent/)).not.toBeInTheDocument();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'STORAGE_UNAVAILABLE', message: expect.stringMatching(/QuotaExceededError/) }));
  });

  it('with working storage, offline it says saved', async () => {
    const user = userEvent.setup();
    const transport = createMemoryTransport({ connected: false });
    setup({ transport });
    await user.click(await screen.findByRole('checkbox', { name: 'Refund issued' }));
    act(() => startTimer(transport));
    await user.click(screen.getByRole('button', { name: 'Add Wrap-Up' }));
    expect(await screen.findByText('Your wrap-up is saved and will be sent when the connection is back.')).toBeInTheDocument();
  });
});
