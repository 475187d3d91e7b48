'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useRef, useState, type DragEvent } from 'react';
import type { FieldError } from '@/lib/articles/metadata-schema';
import { serverErrors, UploadItem, useFieldLabels, type Item } from './upload-item';
import { previewFile, publishFile, type InvalidResult } from './upload-request';
import { nearestInList, publishable } from './upload-rules';

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
let nextKey = 0;

/**
 * The upload form: files are read on the server one by one (nothing is stored), shown with what
 * the ingester understood, corrected, then published one by one or all together.
 */
export function UploadForm({ maxBytes }: { maxBytes: number }) {
  const t = useTranslations('Admin.upload');
  const [items, setItems] = useState<Item[]>([]);
  const [log, setLog] = useState<string[]>([]);
  const [dragging, setDragging] = useState(false);
  // The list is kept in a ref as well, updated synchronously, so that concurrent reads and the
  // publish loop always see the latest state (two twins read at once still find each other).
  const itemsRef = useRef<Item[]>([]);
  const commit = useCallback((next: Item[]) => {
    itemsRef.current = next;
    setItems(next);
  }, []);
  const update = useCallback(
    (key: string, patch: Partial<Item>) => commit(itemsRef.current.map((item) => (item.key === key ? { ...item, ...patch } : item))),
    [commit],
  );
  const announce = useCallback((message: string) => setLog((current) => [...current.slice(-9), message]), []);
  const fieldLabels = useFieldLabels();

  const read = useCallback(
    async (item: Item) => {
      update(item.key, { status: 'reading' });
      const answer = await previewFile(item.file, (progress) => update(item.key, { progress }));
      const name = item.name;
      if (answer.status === 'ready' || answer.status === 'duplicate') {
        // Two new files with the same text: the later one is a duplicate of the earlier one.
        const twin = itemsRef.current.find(
          (other) => other.key !== item.key && other.preview?.bodyHash === answer.view.bodyHash && other.status !== 'duplicate',
        );
        if (answer.status === 'ready' && twin) {
          update(item.key, { status: 'duplicate', progress: 1, preview: answer.view, duplicate: { reason: 'in-batch', of: twin.name } });
          return announce(t('announce.duplicate', { name }));
        }
        const near = answer.status === 'ready' ? nearestInList(itemsRef.current, item.key, answer.view) : null;
        if (near) {
          update(item.key, { status: 'near-duplicate', progress: 1, preview: answer.view, nearDuplicate: near });
          return announce(t('announce.nearDuplicate', { name }));
        }
        update(item.key, {
          status: answer.status,
          progress: 1,
          preview: answer.view,
          duplicate: answer.status === 'duplicate' ? { reason: answer.reason, existing: answer.existing } : undefined,
        });
        return announce(t(answer.status === 'ready' ? 'announce.ready' : 'announce.duplicate', { name }));
      }
      if (answer.status === 'near-duplicate') {
        update(item.key, {
          status: 'near-duplicate',
          progress: 1,
          preview: answer.view,
          nearDuplicate: { existing: answer.existing, similarity: answer.similarity },
        });
        return announce(t('announce.nearDuplicate', { name }));
      }
      if (answer.status === 'refused') {
        update(item.key, { status: 'refused', progress: 1, refusal: { reason: answer.reason, error: answer.error } });
        return announce(t('announce.refused', { name }));
      }
      update(item.key, { status: 'failed', message: answer.status === 'unauthorised' ? 'sessionEnded' : 'failed' });
      announce(t('announce.failed', { name }));
    },
    [announce, t, update],
  );

  const add = useCallback(
    async (files: FileList | File[]) => {
      const added: Item[] = [...files].map((file) => ({
        key: `f${nextKey++}`,
        file,
        name: file.name.replace(BIDI_CONTROLS, ''),
        status: file.size > maxBytes ? 'refused' : 'queued',
        progress: 0,
        ...(file.size > maxBytes && { refusal: { reason: 'too-large' as const, error: '' } }),
      }));
      commit([...itemsRef.current, ...added]);
      // Two at a time: quick feedback without flooding the server.
      const queue = added.filter((item) => item.status === 'queued');
      const worker = async () => {
        for (let item = queue.shift(); item; item = queue.shift()) await read(item);
      };
      await Promise.all([worker(), worker()]);
    },
    [commit, maxBytes, read],
  );

  const publish = useCallback(
    async (key: string) => {
      const item = itemsRef.current.find((candidate) => candidate.key === key);
      const form = document.getElementById(`form-${key}`) as HTMLFormElement | null;
      if (!item || !form || !publishable(item)) return;
      // Built before the status changes, while the form holds what the admin sees.
      const corrections = new FormData(form);
      // Back to this status when the server stores nothing, so the admin can correct and retry.
      const retry = item.status;
      update(key, { status: 'publishing', progress: 0, message: undefined, invalid: undefined });
      const answer = await publishFile(item.file, corrections, (progress) => update(key, { progress }));
      const name = item.name;
      if (answer.status === 'published') {
        update(key, { status: 'published', progress: 1, published: { id: answer.id, title: answer.title } });
        return announce(t('announce.published', { name }));
      }
      if (answer.status === 'duplicate') {
        update(key, { status: 'duplicate', duplicate: { reason: answer.reason, existing: answer.existing } });
        return announce(t('announce.duplicate', { name }));
      }
      if (answer.status === 'near-duplicate') {
        // Something nearly the same was stored since this file was read (an earlier file of the list).
        update(key, {
          status: 'near-duplicate',
          nearDuplicate: { existing: answer.existing, similarity: answer.similarity },
          publishAnyway: false,
        });
        return announce(t('announce.nearDuplicate', { name }));
      }
      if (answer.status === 'refused') {
        update(key, { status: 'refused', refusal: { reason: answer.reason, error: answer.error } });
        return announce(t('announce.refused', { name }));
      }
      if (answer.status === 'invalid') {
        // The endpoint's per-field errors (message keys with their values), shown on the fields.
        const invalid = serverErrors((answer as InvalidResult & { errors?: FieldError[] }).errors, answer.issues);
        update(key, { status: retry, message: 'invalid', invalid });
        return announce(t('invalid', { params: fieldLabels(invalid) }));
      }
      update(key, { status: retry, message: answer.status === 'unauthorised' ? 'sessionEnded' : 'failed' });
      announce(t('announce.failed', { name }));
    },
    [announce, fieldLabels, t, update],
  );

  const publishAll = async () => {
    for (const item of itemsRef.current.filter(publishable)) await publish(item.key);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (event.dataTransfer.files.length > 0) void add(event.dataTransfer.files);
  };

  const ready = items.filter(publishable).length;
  const published = items.filter((item) => item.status === 'published').length;
  return (
    <div className="space-y-6">
      <div
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="drop-zone"
        className={`rounded-lg border-2 border-dashed p-6 text-center ${dragging ? 'border-sky-700 bg-sky-50' : 'border-stone-400 bg-white'}`}
      >
        <label className="inline-block cursor-pointer rounded bg-sky-800 px-4 py-2 font-medium text-white focus-within:ring-2 focus-within:ring-sky-500 focus-within:ring-offset-2 hover:bg-sky-900">
          {t('choose')}
          <input
            id="upload-files"
            type="file"
            multiple
            accept=".txt,text/plain,.html,.htm,text/html,.pdf,application/pdf"
            className="sr-only"
            aria-describedby="upload-limit"
            onChange={(event) => {
              if (event.target.files) void add(event.target.files);
              event.target.value = '';
            }}
          />
        </label>
        <p className="mt-2 text-stone-700">{t('drop')}</p>
        <p id="upload-limit" className="text-sm text-stone-600">
          {t('limit', { number: Math.round(maxBytes / 1_000_000) })}
        </p>
      </div>

      <div role="log" aria-live="polite" aria-relevant="additions" className="sr-only" data-testid="announcements">
        {log.map((message, index) => (
          <p key={index}>{message}</p>
        ))}
      </div>

      <section aria-labelledby="files-heading">
        <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
          <h2 id="files-heading" className="text-xl font-semibold">
            {t('files')} <span className="text-base font-normal text-stone-700">({t('summary', { count: items.length })})</span>
          </h2>
          <div className="flex flex-wrap items-center gap-3">
            <p role="status" className="text-stone-700" data-testid="published-count">
              {t('publishedCount', { count: published })}
            </p>
            <button
              type="button"
              onClick={() => void publishAll()}
              disabled={ready === 0}
              className="rounded bg-emerald-800 px-4 py-2 font-medium text-white hover:bg-emerald-900 disabled:opacity-50"
            >
              {t('publishAll')}
            </button>
            <button
              type="button"
              onClick={() => commit(itemsRef.current.filter((item) => !['published', 'refused', 'duplicate'].includes(item.status)))}
              className="rounded border border-stone-400 px-3 py-2 hover:bg-stone-100"
            >
              {t('clearDone')}
            </button>
          </div>
        </div>
        {items.length === 0 ? (
          <p className="text-stone-600">{t('empty')}</p>
        ) : (
          <ol className="space-y-4">
            {items.map((item) => (
              <UploadItem
                key={item.key}
                item={item}
                onPublish={() => void publish(item.key)}
                onRemove={() => commit(itemsRef.current.filter((other) => other.key !== item.key))}
                onPublishAnyway={(checked) => update(item.key, { publishAnyway: checked })}
              />
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
