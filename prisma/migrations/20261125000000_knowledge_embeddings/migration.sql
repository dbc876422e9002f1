-- CreateTable
CREATE TABLE `knowledge_embeddings` (
    `model` VARCHAR(100) NOT NULL,
    `kind` VARCHAR(16) NOT NULL,
    `external_id` VARCHAR(64) NOT NULL,
    `content_hash` CHAR(64) NOT NULL,
    `vector` MEDIUMBLOB NOT NULL,
    `updated_at` DATETIME(3) NOT NULL,

    PRIMARY KEY (`model`, `kind`, `external_id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
