-- AlterTable
ALTER TABLE "postings" ADD COLUMN     "other_benefits" TEXT[] DEFAULT ARRAY[]::TEXT[];
