import { describe, expect, it } from 'vitest';
import xss from '../../src/timeline/inert-html';

describe("vis-timeline's HTML filter, replaced", () => {
  it('turns every string into inert text', () => {
    const filter = new xss.FilterXSS();
    expect(filter.process(`<img src=x onerror="alert('1')"> & <b>bold</b>`)).toBe(
      '&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt; &amp; &lt;b&gt;bold&lt;/b&gt;',
    );
    expect(filter.process('June 2024')).toBe('June 2024');
  });
});
