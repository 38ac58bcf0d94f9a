import type { Metadata } from 'next';
import Link from 'next/link';

// Next adds the noindex robots tag to this page itself.
export const metadata: Metadata = { title: 'Page not found — Hinterland' };

// Both languages at once: a mistyped URL says nothing reliable about the reader's language.
export default function NotFound() {
  return (
    <main style={{ maxWidth: '34rem', margin: '18vh auto', padding: '0 1.25rem', fontFamily: 'system-ui, sans-serif', lineHeight: 1.5 }}>
      <h1 style={{ fontSize: '1.3rem' }}>
        <span lang="en">Page not found</span> · <span lang="zh-Hans">页面不存在</span>
      </h1>
      <p lang="en">There is no page at this address. The link may be mistyped or out of date.</p>
      <p lang="zh-Hans">此地址没有页面，链接可能有误或已过期。</p>
      <p>
        <Link href="/">
          <span lang="en">Back to the map</span> · <span lang="zh-Hans">返回地图</span>
        </Link>
      </p>
    </main>
  );
}
