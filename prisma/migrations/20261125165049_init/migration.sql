-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "EmployerSize" AS ENUM ('MICRO', 'SMALL', 'MEDIUM', 'LARGE', 'ENTERPRISE');

-- CreateEnum
CREATE TYPE "AccreditationScheme" AS ENUM ('DISABILITY_CONFIDENT', 'LIVING_WAGE', 'LIVING_HOURS', 'ARMED_FORCES_COVENANT', 'MINDFUL_EMPLOYER', 'INVESTORS_IN_PEOPLE');

-- CreateEnum
CREATE TYPE "AccreditationLevel" AS ENUM ('COMMITTED', 'EMPLOYER', 'LEADER', 'BRONZE', 'SILVER', 'GOLD', 'ACCREDITED');

-- CreateEnum
CREATE TYPE "PostingStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'CLOSED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "SalaryPeriod" AS ENUM ('HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR');

-- CreateEnum
CREATE TYPE "HoursType" AS ENUM ('FULL_TIME', 'PART_TIME', 'FLEXIBLE');

-- CreateEnum
CREATE TYPE "ContractType" AS ENUM ('PERMANENT', 'FIXED_TERM', 'TEMPORARY', 'CONTRACT', 'APPRENTICESHIP', 'INTERNSHIP', 'VOLUNTEER');

-- CreateEnum
CREATE TYPE "WorkplaceType" AS ENUM ('ON_SITE', 'HYBRID', 'REMOTE');

-- CreateEnum
CREATE TYPE "ApplyMethod" AS ENUM ('WEBSITE', 'EMAIL', 'PHONE', 'IN_PERSON');

-- CreateEnum
CREATE TYPE "BenefitCategory" AS ENUM ('FINANCIAL', 'TIME_OFF', 'HEALTH', 'WELLBEING', 'FAMILY', 'LIFESTYLE', 'FLEXIBILITY', 'DEVELOPMENT');

-- CreateEnum
CREATE TYPE "BenefitUnit" AS ENUM ('PERCENT', 'DAYS', 'WEEKS', 'MONTHS', 'GBP', 'EUR', 'USD', 'MULTIPLE_OF_SALARY');

-- CreateTable
CREATE TABLE "employers" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "website_url" TEXT,
    "logo_url" TEXT,
    "industry" TEXT,
    "size" "EmployerSize",
    "brands" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "headquarters_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "employers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "employer_accreditations" (
    "id" UUID NOT NULL,
    "employer_id" UUID NOT NULL,
    "scheme" "AccreditationScheme" NOT NULL,
    "level" "AccreditationLevel",
    "statement" TEXT,
    "awarded_at" DATE,
    "expires_at" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "employer_accreditations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "locations" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "address_line" TEXT,
    "locality" TEXT,
    "region" TEXT,
    "postcode" TEXT,
    "country_code" CHAR(2) NOT NULL DEFAULT 'GB',
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "locations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "postings" (
    "id" UUID NOT NULL,
    "employer_id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT,
    "description" TEXT NOT NULL,
    "team" TEXT,
    "responsibilities" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "requirements_essential" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "requirements_desirable" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "skills" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "salary_min" DECIMAL(12,2),
    "salary_max" DECIMAL(12,2),
    "salary_currency" CHAR(3),
    "salary_period" "SalaryPeriod",
    "salary_text" TEXT,
    "salary_annual_min" DECIMAL(12,2),
    "salary_annual_max" DECIMAL(12,2),
    "hours_type" "HoursType",
    "hours_per_week" DECIMAL(4,1),
    "hours_text" TEXT,
    "contract_type" "ContractType",
    "workplace_type" "WorkplaceType",
    "remote_days_per_week_max" DECIMAL(2,1),
    "office_days_per_week_min" DECIMAL(2,1),
    "office_time_share_min" DECIMAL(5,2),
    "workplace_policy" TEXT,
    "posted_at" TIMESTAMPTZ(3) NOT NULL,
    "closes_at" TIMESTAMPTZ(3),
    "status" "PostingStatus" NOT NULL DEFAULT 'DRAFT',
    "apply_url" TEXT,
    "apply_email" TEXT,
    "apply_method" "ApplyMethod",
    "apply_instructions" TEXT,
    "direct_apply" BOOLEAN NOT NULL DEFAULT false,
    "source_name" TEXT,
    "source_url" TEXT,
    "source_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "postings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "posting_locations" (
    "posting_id" UUID NOT NULL,
    "location_id" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "posting_locations_pkey" PRIMARY KEY ("posting_id","location_id")
);

-- CreateTable
CREATE TABLE "benefits" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "category" "BenefitCategory" NOT NULL,
    "description" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "benefits_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "employer_benefits" (
    "employer_id" UUID NOT NULL,
    "benefit_id" UUID NOT NULL,
    "detail" TEXT,
    "value" DECIMAL(12,2),
    "unit" "BenefitUnit",
    "position" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "employer_benefits_pkey" PRIMARY KEY ("employer_id","benefit_id")
);

-- CreateTable
CREATE TABLE "posting_benefits" (
    "posting_id" UUID NOT NULL,
    "benefit_id" UUID NOT NULL,
    "detail" TEXT,
    "value" DECIMAL(12,2),
    "unit" "BenefitUnit",
    "position" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "posting_benefits_pkey" PRIMARY KEY ("posting_id","benefit_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "employers_slug_key" ON "employers"("slug");

-- CreateIndex
CREATE INDEX "employers_name_idx" ON "employers"("name");

-- CreateIndex
CREATE INDEX "employers_headquarters_id_idx" ON "employers"("headquarters_id");

-- CreateIndex
CREATE INDEX "employer_accreditations_scheme_level_idx" ON "employer_accreditations"("scheme", "level");

-- CreateIndex
CREATE UNIQUE INDEX "employer_accreditations_employer_id_scheme_key" ON "employer_accreditations"("employer_id", "scheme");

-- CreateIndex
CREATE INDEX "locations_name_idx" ON "locations"("name");

-- CreateIndex
CREATE INDEX "locations_postcode_idx" ON "locations"("postcode");

-- CreateIndex
CREATE INDEX "postings_status_posted_at_id_idx" ON "postings"("status", "posted_at" DESC, "id");

-- CreateIndex
CREATE INDEX "postings_employer_id_status_posted_at_idx" ON "postings"("employer_id", "status", "posted_at" DESC);

-- CreateIndex
CREATE INDEX "postings_status_closes_at_idx" ON "postings"("status", "closes_at");

-- CreateIndex
CREATE UNIQUE INDEX "postings_employer_id_reference_key" ON "postings"("employer_id", "reference");

-- CreateIndex
CREATE INDEX "posting_locations_location_id_idx" ON "posting_locations"("location_id");

-- CreateIndex
CREATE UNIQUE INDEX "benefits_key_key" ON "benefits"("key");

-- CreateIndex
CREATE INDEX "benefits_category_idx" ON "benefits"("category");

-- CreateIndex
CREATE INDEX "employer_benefits_benefit_id_idx" ON "employer_benefits"("benefit_id");

-- CreateIndex
CREATE INDEX "posting_benefits_benefit_id_idx" ON "posting_benefits"("benefit_id");

-- AddForeignKey
ALTER TABLE "employers" ADD CONSTRAINT "employers_headquarters_id_fkey" FOREIGN KEY ("headquarters_id") REFERENCES "locations"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "employer_accreditations" ADD CONSTRAINT "employer_accreditations_employer_id_fkey" FOREIGN KEY ("employer_id") REFERENCES "employers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "postings" ADD CONSTRAINT "postings_employer_id_fkey" FOREIGN KEY ("employer_id") REFERENCES "employers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "posting_locations" ADD CONSTRAINT "posting_locations_posting_id_fkey" FOREIGN KEY ("posting_id") REFERENCES "postings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "posting_locations" ADD CONSTRAINT "posting_locations_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "locations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "employer_benefits" ADD CONSTRAINT "employer_benefits_employer_id_fkey" FOREIGN KEY ("employer_id") REFERENCES "employers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "employer_benefits" ADD CONSTRAINT "employer_benefits_benefit_id_fkey" FOREIGN KEY ("benefit_id") REFERENCES "benefits"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "posting_benefits" ADD CONSTRAINT "posting_benefits_posting_id_fkey" FOREIGN KEY ("posting_id") REFERENCES "postings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "posting_benefits" ADD CONSTRAINT "posting_benefits_benefit_id_fkey" FOREIGN KEY ("benefit_id") REFERENCES "benefits"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
