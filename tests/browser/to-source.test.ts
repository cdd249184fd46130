import { readActiveTabSource, toSource } from '../../src/browser/active-tab';

describe('toSource', () => {
  it('keeps an http(s) page with its title', () => {
    expect(toSource('https://example.com/a', 'A page')).toEqual({ url: 'https://example.com/a', title: 'A page' });
    expect(toSource('http://intranet.local/', 'Wiki')).toEqual({ url: 'http://intranet.local/', title: 'Wiki' });
  });

  it('uses the URL as title when there is none, and cuts long titles to 500 characters', () => {
    expect(toSource('https://example.com/a', undefined)?.title).toBe('https://example.com/a');
    expect(toSource('https://example.com/a', 't'.repeat(600))?.title).toHaveLength(500);
  });

  it.each([
    undefined,
    '',
    'chrome://newtab/',
    'about:blank',
    'javascript:alert(1)',
    'file:///x',
    'moz-extension://id/popup.html',
  ])('attaches nothing for %j', (url) => {
    expect(toSource(url, 'x')).toBeUndefined();
  });

  it('attaches nothing for a URL longer than 2,048 characters', () => {
    expect(toSource(`https://example.com/${'a'.repeat(2100)}`, 'x')).toBeUndefined();
  });
});

describe('readActiveTabSource', () => {
  it('asks for the active tab of the current window and reads its page', async () => {
    const query = vi.fn(async () => [{ url: 'https://example.com/doc', title: 'Doc' }]);
    await expect(readActiveTabSource({ query } as never)).resolves.toEqual({
      url: 'https://example.com/doc',
      title: 'Doc',
    });
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
  });

  it('gives undefined when there is no tab or the query fails', async () => {
    await expect(readActiveTabSource({ query: async () => [] } as never)).resolves.toBeUndefined();
    await expect(
      readActiveTabSource({ query: () => Promise.reject(new Error('no')) } as never),
    ).resolves.toBeUndefined();
  });
});
