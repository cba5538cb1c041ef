import { describe, expect, it } from 'vitest';
import { imageAddressProblem, isLocalNetworkHost } from '../../../src/core/clippings/image-address';

const host = (u: string) => new URL(u).hostname;

describe('isLocalNetworkHost', () => {
  it('knows loopback, private, link-local and shared ranges, written any way URL accepts', () => {
    for (const u of ['http://127.0.0.1/', 'http://2130706433/', 'http://0x7f.1/', 'http://10.1.2.3/', 'http://172.16.0.1/', 'http://172.31.255.255/', 'http://192.168.1.1/', 'http://169.254.169.254/', 'http://100.64.0.1/', 'http://0.0.0.0/', 'http://[::1]/', 'http://[::ffff:127.0.0.1]/', 'http://[fe80::1]/', 'http://[fd12:3456::1]/', 'http://localhost/', 'http://LOCALHOST./', 'http://printer.local/', 'http://wiki.internal/', 'http://router/', 'http://foo.localhost/']) {
      expect(isLocalNetworkHost(host(u)), u).toBe(true);
    }
  });
  it('leaves public addresses and names alone', () => {
    for (const u of ['http://172.32.0.1/', 'http://8.8.8.8/', 'http://100.128.0.1/', 'http://[2001:db8::1]/', 'https://img.example.com/', 'https://localhost.example.com/', 'https://news.local.example/']) {
      expect(isLocalNetworkHost(host(u)), u).toBe(false);
    }
  });
});

describe('imageAddressProblem', () => {
  const page = 'https://news.example.com/2022/03/31/a.html';
  it('fetches http(s) images of any public host (papers keep photos on CDNs) and inline data images', () => {
    expect(imageAddressProblem('https://cdn.example.net/p/1.jpg', page)).toBeNull();
    expect(imageAddressProblem('http://img.example.org/1.png?x=1', page)).toBeNull();
    expect(imageAddressProblem('data:image/png;base64,iVBORw0KGgo=', page)).toBeNull();
  });
  it('refuses other schemes and addresses with credentials', () => {
    expect(imageAddressProblem('file:///etc/passwd', page)).toBe('scheme');
    expect(imageAddressProblem('ftp://example.com/1.png', page)).toBe('scheme');
    expect(imageAddressProblem('chrome-extension://abc/icons/x.png', page)).toBe('scheme');
    expect(imageAddressProblem('data:text/html,<b>x</b>', page)).toBe('scheme');
    expect(imageAddressProblem('data:image/svg+xml,<svg/>', page)).toBe('scheme');
    expect(imageAddressProblem('not an address', page)).toBe('scheme');
    expect(imageAddressProblem('https://user:secret@cdn.example.net/1.jpg', page)).toBe('credentials');
  });
  it('a public page cannot send the fetch into the local network; a local page may show its own', () => {
    expect(imageAddressProblem('http://192.168.1.1/cgi-bin/reboot.png', page)).toBe('private-network');
    expect(imageAddressProblem('http://localhost:8080/admin.png', page)).toBe('private-network');
    expect(imageAddressProblem('http://169.254.169.254/latest/meta-data', page)).toBe('private-network');
    expect(imageAddressProblem('http://127.0.0.1:8377/photo.png', 'http://127.0.0.1:8377/article.html')).toBeNull();
    expect(imageAddressProblem('http://10.0.0.5/photo.jpg', 'http://intranet/news/1')).toBeNull();
    expect(imageAddressProblem('http://localhost/photo.jpg', 'file:///home/me/saved.html')).toBeNull();
    expect(imageAddressProblem('http://localhost/photo.jpg', 'not a page')).toBe('private-network');
  });
});
