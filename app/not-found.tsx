import Link from 'next/link';
import './globals.css';

// Reached only for paths the locale proxy does not handle; everything else gets the translated page.
export default function GlobalNotFound() {
  return (
    <html lang="en" dir="ltr">
      <body className="p-8 font-sans">
        <h1 className="text-2xl font-semibold">Page not found</h1>
        <p className="mt-2">
          <Link className="text-blue-800 underline" href="/">
            Go to the reading room
          </Link>
        </p>
      </body>
    </html>
  );
}
