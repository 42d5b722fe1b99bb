import { el } from '../../ui/kit/dom';
import { t } from '../../present/i18n';

/** A QR code holds at most a few thousand characters; anything longer is not a hand-in. */
const MAX_SCAN_CHARS = 8000;
/** Frames are looked at this often: enough for a student holding up a phone, light on a laptop. */
const SCAN_EVERY_MS = 200;
/** Frames are scaled to this width before decoding: a hand-in's code reads well at it. */
const FRAME_WIDTH = 960;

type Decode = (frame: HTMLVideoElement) => Promise<string[]>;

interface DetectorLike {
  detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}
type DetectorClass = {
  new (options: { formats: string[] }): DetectorLike;
  getSupportedFormats?: () => Promise<string[]>;
};

/** The browser's own detector where it reads QR codes; otherwise jsQR, loaded only now. */
async function decoder(): Promise<{ name: string; decode: Decode }> {
  const Detector = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
  if (Detector !== undefined) {
    try {
      const formats = (await Detector.getSupportedFormats?.()) ?? [];
      if (formats.includes('qr_code')) {
        const detector = new Detector({ formats: ['qr_code'] });
        return {
          name: 'barcode-detector',
          decode: async (video) => (await detector.detect(video)).map((code) => code.rawValue),
        };
      }
    } catch {
      // A detector that cannot list its formats is treated as absent.
    }
  }
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return {
    name: 'jsqr',
    decode: (video) => {
      if (context === null || video.videoWidth === 0) return Promise.resolve([]);
      const scale = Math.min(1, FRAME_WIDTH / video.videoWidth);
      canvas.width = Math.round(video.videoWidth * scale);
      canvas.height = Math.round(video.videoHeight * scale);
      context.drawImage(video, 0, 0, canvas.width, canvas.height);
      const image = context.getImageData(0, 0, canvas.width, canvas.height);
      const code = jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' });
      return Promise.resolve(code === null ? [] : [code.data]);
    },
  };
}

/** Why the camera cannot be used, as one sentence; paste and file drop keep working. */
function refusal(error: unknown): string {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return t('classMarket.cameraDenied');
  if (name === 'NotFoundError' || name === 'OverconstrainedError') {
    return t('classMarket.cameraNone');
  }
  return t('classMarket.cameraFailed');
}

/**
 * Collects hand-ins by the device camera: a student holds up their hand-in's QR code and the
 * page adds it as if pasted. `onScan` says in one sentence what became of each new code.
 */
export function cameraPanel(onScan: (text: string) => string): HTMLElement {
  const start = el('button', { type: 'button', class: 'btn', text: t('classMarket.cameraStart') });
  const stop = el('button', {
    type: 'button',
    class: 'btn',
    hidden: true,
    text: t('classMarket.cameraStop'),
  });
  const video = el('video', { class: 'market-video', hidden: true, muted: true });
  video.playsInline = true;
  video.muted = true;
  const status = el('p', { class: 'camera-status', role: 'status' });
  const root = el('div', { class: 'market-camera' }, [
    el('div', { class: 'share-actions' }, [start, stop]),
    video,
    status,
  ]);
  let stream: MediaStream | null = null;
  let timer = 0;
  const seen = new Set<string>();
  const halt = () => {
    window.clearTimeout(timer);
    stream?.getTracks().forEach((track) => track.stop());
    stream = null;
    video.srcObject = null;
    video.hidden = true;
    stop.hidden = true;
    start.hidden = false;
    delete root.dataset.decoder;
  };
  stop.addEventListener('click', () => {
    halt();
    status.textContent = t('classMarket.cameraStopped');
  });
  start.addEventListener('click', () => {
    if (typeof navigator.mediaDevices?.getUserMedia !== 'function') {
      status.textContent = t('classMarket.cameraUnavailable');
      return;
    }
    start.disabled = true;
    // Each time the camera starts, a code is answered once more: "already collected" included.
    seen.clear();
    status.textContent = t('classMarket.cameraAsking');
    void (async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({
          video: { facingMode: 'environment' },
          audio: false,
        });
      } catch (error) {
        start.disabled = false;
        status.textContent = refusal(error);
        return;
      }
      const { name, decode } = await decoder();
      start.disabled = false;
      start.hidden = true;
      stop.hidden = false;
      video.hidden = false;
      video.srcObject = stream;
      await video.play().catch(() => undefined);
      root.dataset.decoder = name;
      status.textContent = t('classMarket.cameraLooking');
      const look = async () => {
        if (stream === null) return;
        try {
          for (const raw of await decode(video)) {
            const text = raw.trim();
            if (text === '' || text.length > MAX_SCAN_CHARS || seen.has(text)) continue;
            seen.add(text);
            status.textContent = onScan(text);
          }
        } catch {
          // A frame that cannot be read (the video is not ready yet) is skipped.
        }
        if (stream !== null) timer = window.setTimeout(() => void look(), SCAN_EVERY_MS);
      };
      void look();
    })();
  });
  // The camera stops with the page: a trainer who leaves must not leave it on.
  window.addEventListener('pagehide', halt);
  return root;
}
