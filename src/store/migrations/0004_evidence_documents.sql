-- Documents uploaded as the evidence that meets an obligation. The ledger records only their SHA-256 digest.

CREATE TABLE evidence_documents (
  id uuid PRIMARY KEY,
  obligation_id uuid NOT NULL UNIQUE REFERENCES obligations (id),
  filename text NOT NULL CHECK (length(filename) BETWEEN 1 AND 255),
  media_type text NOT NULL CHECK (media_type IN (
    'application/pdf',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'image/png',
    'image/jpeg',
    'text/plain'
  )),
  size integer NOT NULL CHECK (size > 0 AND size <= 10485760),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  content bytea NOT NULL CHECK (octet_length(content) = size),
  uploaded_by uuid NOT NULL REFERENCES users (id),
  uploaded_at timestamptz NOT NULL DEFAULT now()
);
