-- AlterTable
ALTER TABLE "scores" ADD COLUMN     "fingerprint" TEXT;
