import { SignPdf } from "@signpdf/signpdf";
import { Signer } from "@signpdf/utils";

import {
  createCadesDetachedSignature,
  type DocumentSigner,
  type SignatureTimeStamper,
} from "@/core/crypto/x509";

/** Hands @signpdf the CAdES signature over the bytes its ByteRange covers. */
class CadesSigner extends Signer {
  readonly #signer: DocumentSigner;
  readonly #timeStamper: SignatureTimeStamper | undefined;

  constructor(signer: DocumentSigner, timeStamper: SignatureTimeStamper | undefined) {
    super();
    this.#signer = signer;
    this.#timeStamper = timeStamper;
  }

  override async sign(signedBytes: Buffer): Promise<Buffer> {
    const signature = await createCadesDetachedSignature({
      signer: this.#signer,
      content: signedBytes,
      ...(this.#timeStamper ? { timeStamper: this.#timeStamper } : {}),
    });
    return Buffer.from(signature);
  }
}

/**
 * Signs a PDF that has a signature placeholder (see `renderDocumentPdf`) as
 * PAdES baseline B-B: the ByteRange is filled in to cover the whole file but
 * the signature itself, and the CAdES signature goes into /Contents. With a
 * time stamper the signature carries an RFC 3161 token, which makes it B-T.
 */
export async function signPdf(options: {
  pdf: Uint8Array;
  signer: DocumentSigner;
  timeStamper?: SignatureTimeStamper;
}): Promise<Uint8Array> {
  const signed = await new SignPdf().sign(
    Buffer.from(options.pdf),
    new CadesSigner(options.signer, options.timeStamper),
  );
  return new Uint8Array(signed);
}
