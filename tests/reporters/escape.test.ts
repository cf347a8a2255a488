import { describe, expect, it } from 'vitest';
import { displayValue, escapeHtml, escapeXml, jsonForScript } from '../../src/reporters/escape.ts';

describe('escapeHtml', () => {
  it('escapes every character that can open markup or close an attribute', () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')">&\``)).toBe('&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;&#96;');
  });
  it('turns non-strings into text and nullish into the empty string', () => {
    expect(escapeHtml(42)).toBe('42');
    expect(escapeHtml(undefined)).toBe('');
    expect(escapeHtml(null)).toBe('');
  });
});

describe('jsonForScript', () => {
  it('cannot close the script element and still parses to the same value', () => {
    const value = { body: '</script><script>alert(1)</script>', sep: '\u2028\u2029', amp: '&' };
    const text = jsonForScript(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('escapeXml', () => {
  it('escapes markup and replaces characters XML 1.0 cannot hold', () => {
    expect(escapeXml(`a<b>&"'\u0001\u0007c`)).toBe('a&lt;b&gt;&amp;&quot;&apos;\uFFFD\uFFFDc');
  });
  it('keeps tabs and newlines', () => {
    expect(escapeXml('a\tb\nc\r')).toBe('a\tb\nc\r');
  });
});

describe('displayValue', () => {
  it('shows strings as they are and other values as indented JSON', () => {
    expect(displayValue('201')).toBe('201');
    expect(displayValue({ status: 201 })).toBe('{\n  "status": 201\n}');
    expect(displayValue(undefined)).toBe('(absent)');
    expect(displayValue({ absent: true })).toBe('(absent)');
  });
});
