-- Descriptions are rendered to sanitised HTML once, when written, and stored (db/description-html.ts):
-- reads serve the stored HTML and never render Markdown.
ALTER TABLE "employers" ADD COLUMN "description_html" TEXT;
ALTER TABLE "postings" ADD COLUMN "description_html" TEXT;

-- A row written without its HTML is refused. NOT VALID: rows that were there before this migration
-- are rendered by the migrate command (backfillDescriptionHtml), which then validates both checks.
ALTER TABLE "postings" ADD CONSTRAINT "postings_description_html_written" CHECK ("description_html" IS NOT NULL) NOT VALID;
ALTER TABLE "employers" ADD CONSTRAINT "employers_description_html_written" CHECK (("description" IS NULL) = ("description_html" IS NULL)) NOT VALID;
