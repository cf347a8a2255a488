/**
 * Generated from spec/zeeg/openapi.yaml by `npm run generate` (openapi-typescript).
 * Do not edit by hand: change the spec and run `npm run generate`; a test fails on drift.
 */
export interface paths {
    "/crm/{objectSlug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Assert a CRM record (upsert)
         * @description Record page "Assert a CRM Record (Upsert)": looks up a record whose matchingAttribute value exactly equals the value in the body; 200 when a match is updated, 201 when a record is created; the matching value must be in the body and a null or empty value is 400; omitted attributes are null on create and unchanged on update; scope crm:write. The response envelope is our reading of the reference notes.
         */
        put: operations["assertRecord"];
        /**
         * Create a CRM record
         * @description Record page "Create a CRM Record": a flat object of attribute slug to value; omitted attributes default to null; an empty body is allowed; a wrong type or a duplicate unique value is 400; scope crm:write. The 201 status and the response envelope are our reading of the reference notes (the page shows no response).
         */
        post: operations["createRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/{objectSlug}/{recordId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one CRM record
         * @description Our reading of the reference notes: reading a record by id is implied by the delete page ("Subsequent GET requests for the same recordId return 404 Not Found"). No page documents its scope or response; we assume crm:read or crm:write and the record envelope.
         */
        get: operations["getRecord"];
        put?: never;
        post?: never;
        /**
         * Delete a CRM record
         * @description Our reading of the reference notes (delete-a-crm-record): 200 with a message; delete is not idempotent, so deleting a record that is already gone is 404; scope crm:write.
         */
        delete: operations["deleteRecord"];
        options?: never;
        head?: never;
        /**
         * Patch a CRM record
         * @description Record page "Patch a CRM Record": only attributes in the body change, null clears a value, relation and user arrays are replaced whole; same type rules as create; scope crm:write. The 200 status and the response envelope are our reading of the reference notes.
         */
        patch: operations["patchRecord"];
        trace?: never;
    };
    "/crm/{objectSlug}/{recordId}/relation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Add or remove linked ids on a relation or user attribute
         * @description Our reading of the reference notes (update relation): surgical add/remove on one relation or user attribute, ids not mentioned are untouched, adding a linked id or removing an unlinked one is a no-op; returns the record envelope with 200; scope crm:write. The record pages only point to this endpoint ("use Update Relation instead").
         */
        patch: operations["updateRelation"];
        trace?: never;
    };
    "/crm/objects/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a CRM object schema (discovery)
         * @description Reference notes: returns the object with its attributes; required scope crm:read or crm:write. The record pages tell clients to call it to discover attribute slugs and types.
         */
        get: operations["getObject"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Reference notes - one attribute of an object. Only key and type are required (our reading); the optional members may be null on attributes they do not apply to. */
        Attribute: {
            isArchived?: boolean;
            /** @description Whether a value is required when creating a record. */
            isRequired?: boolean;
            isStandard?: boolean;
            /** @description Whether values must be unique across all records. */
            isUnique?: boolean;
            /** @description Attribute key used when reading or writing record values. */
            key: string;
            label?: string | null;
            options?: components["schemas"]["AttributeOption"][] | null;
            relatedObjectLabel?: string | null;
            relatedObjectSlug?: string | null;
            /** @example many_to_one */
            relationType?: string | null;
            type: components["schemas"]["AttributeType"];
        };
        /** @description Reference notes - an option of a select or multiselect attribute. */
        AttributeOption: {
            color?: string | null;
            id: components["schemas"]["OptionId"];
            value?: string;
        };
        /** @description Reference notes name 13 types; the record pages document values for 8 of them. The set is open: an unknown future type is still a string and does not fail validation. */
        AttributeType: ("text" | "number" | "phone_number" | "date" | "datetime" | "checkbox" | "select" | "multiselect" | "rating" | "relation" | "status" | "user" | "currency") | string;
        /** @description One value in a request body: one of the eight documented value types (record pages) or null, which clears the value (patch page). Which type applies depends on the attribute, so this union is loose; per-object validators check each key against its discovered type. */
        AttributeValue: components["schemas"]["TextValue"] | components["schemas"]["NumberValue"] | components["schemas"]["CheckboxValue"] | components["schemas"]["DateValue"] | components["schemas"]["SelectValue"] | components["schemas"]["MultiselectValue"] | components["schemas"]["RelationValue"] | components["schemas"]["UserValue"] | null;
        /**
         * @description Record pages, type checkbox - "Boolean".
         * @example true
         */
        CheckboxValue: boolean;
        /** @description Reference notes - a CRM object schema. Only slug and attributes are required (our reading). */
        CrmObject: {
            attributes: components["schemas"]["Attribute"][];
            createdAt?: string;
            isActive?: boolean;
            isStandard?: boolean;
            pluralName?: string;
            singularName?: string;
            slug: string;
            updatedAt?: string;
        };
        /**
         * Format: date
         * @description Record pages, type date - "ISO 8601 date string".
         * @example 2025-06-01
         */
        DateValue: string;
        /** @description Reference notes - the delete envelope, e.g. message "Record deleted.". */
        DeleteResponse: {
            message?: string;
            status?: number;
            /** @constant */
            success: true;
        };
        /** @description Reference notes: "Some endpoints return {"error": "..."} while others return {"success": false, "message": "...", "status": ...}"; clients handle both. */
        Error: components["schemas"]["ErrorEnvelope"] | components["schemas"]["ErrorMessage"];
        /** @description Reference notes - the {success false, message, status} error form. */
        ErrorEnvelope: {
            message: string;
            status?: number;
            /** @constant */
            success: false;
        };
        /** @description Reference notes - the {error} error form. */
        ErrorMessage: {
            error: string;
        };
        /**
         * @description Record pages, type multiselect - "Array of objects, each with an id key".
         * @example [
         *       {
         *         "id": "opt_abc"
         *       },
         *       {
         *         "id": "opt_def"
         *       }
         *     ]
         */
        MultiselectValue: components["schemas"]["SelectValue"][];
        /**
         * @description Record pages, type number - "Integer".
         * @example 29
         */
        NumberValue: number;
        /** @description Reference notes - the getObject envelope. */
        ObjectResponse: {
            object: components["schemas"]["CrmObject"];
            status?: number;
            /** @constant */
            success?: true;
        };
        /** @description An option id. The record pages show strings (opt_abc123); the reference notes' attribute examples show integers (1, 2, 3). Both are accepted. */
        OptionId: string | number;
        /** @description Reference notes - a record. Values are any JSON value or null here, because the type of each depends on the discovered attribute (and undocumented types have no documented value); per-object validators judge them. id is a UUID (create page: "a generated UUID"). */
        Record: {
            attributes: {
                [key: string]: unknown;
            };
            createdAt?: string;
            /** Format: uuid */
            id: string;
            objectSlug?: string;
            updatedAt?: string;
        };
        /**
         * @description Record pages: a flat JSON object of attribute slug to value; an empty object is allowed on create. For assert the matchingAttribute key must be present and non-empty, which this schema cannot express.
         * @example {
         *       "sku": "DRESS-001",
         *       "price": 29,
         *       "in_stock": true
         *     }
         */
        RecordBody: {
            [key: string]: components["schemas"]["AttributeValue"];
        };
        /**
         * @description Reference notes - the envelope of create, assert, get, patch and relation responses. Only record is required (our reading); success and status are checked when present.
         * @example {
         *       "success": true,
         *       "status": 201,
         *       "record": {
         *         "id": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
         *         "objectSlug": "products",
         *         "attributes": {
         *           "sku": "DRESS-001",
         *           "price": 29
         *         },
         *         "createdAt": "2026-05-07T10:00:00.000Z",
         *         "updatedAt": "2026-05-07T10:00:00.000Z"
         *       }
         *     }
         */
        RecordResponse: {
            record: components["schemas"]["Record"];
            status?: number;
            /** @constant */
            success?: true;
        };
        /**
         * @description Reference notes (update relation): attributeSlug names a relation or user attribute; add and remove are arrays of ids. "At least one of add or remove must be present and non-empty" is our reading expressed as minProperties 2 (attributeSlug and one list) plus `not` both lists absent or empty (`not` rather than anyOf so generated types stay one object). Ids as UUIDs is our reading. "The same ID cannot appear in both" is not expressible here and is checked by the suites.
         * @example {
         *       "attributeSlug": "products",
         *       "add": [
         *         "c1d2e3f4-0a1b-4c2d-8e3f-405162738495"
         *       ],
         *       "remove": []
         *     }
         */
        RelationUpdate: {
            add?: string[];
            attributeSlug: string;
            remove?: string[];
        };
        /**
         * @description Record pages, type relation - "Array of record UUIDs from the related object". The page's example ["c1d2e3f4-...", "a2b3c4d5-..."] is a placeholder; the example here is a real UUID.
         * @example [
         *       "c1d2e3f4-0a1b-4c2d-8e3f-405162738495"
         *     ]
         */
        RelationValue: string[];
        /**
         * @description Record pages, type select - "Object with an id key matching a valid option ID".
         * @example {
         *       "id": "opt_abc123"
         *     }
         */
        SelectValue: {
            id: components["schemas"]["OptionId"];
        };
        /**
         * @description Record pages, type text - "String, max 255 characters". Counting characters as Unicode code points is our reading.
         * @example DRESS-001
         */
        TextValue: string;
        /**
         * @description Record pages, type user - "Array of organization member UUIDs". The page's example ["member-uuid-1"] is a placeholder; the example here is a real UUID.
         * @example [
         *       "5b6c7d8e-9f01-4a2b-9c3d-4e5f60718293"
         *     ]
         */
        UserValue: string[];
    };
    responses: {
        /** @description Record pages: a value of the wrong type, a duplicate unique value, or (assert) an empty matching value. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Possible; the reference notes list 409 among the API's status codes. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Our reading of the reference notes - the token lacks the required scope. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The object does not exist (record pages: "The object must exist"), or the record does not (reference notes: after a delete). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Our reading: a request body the server refuses for its size. Neither source names 413; it is listed so a server that sends it is judged on its body, not flagged as undocumented. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Possible; the reference notes list 500 among the API's status codes. */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Reference notes: rate limited; "the response will indicate when you can send the next request". No numeric limits are published. Reading that indication from Retry-After is our reading. */
        TooManyRequests: {
            headers: {
                /** @description Seconds (or an HTTP date) before the next request; our reading. */
                "Retry-After"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Reference notes - the token is missing or invalid. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Possible; the reference notes list 422 among the API's status codes. */
        UnprocessableEntity: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /** @description Assert record page: the attribute slug used to look up an existing record by exact equality. Its value must be present in the body and be neither null nor empty. */
        MatchingAttribute: string;
        /** @description Record pages: the slug of the custom CRM object (e.g. products, deals). The object must exist. */
        ObjectSlug: string;
        /** @description Patch record page - the UUID of the record. */
        RecordId: string;
        /** @description Slug of the CRM object (reference notes). */
        Slug: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    assertRecord: {
        parameters: {
            query: {
                /** @description Assert record page: the attribute slug used to look up an existing record by exact equality. Its value must be present in the body and be neither null nor empty. */
                matchingAttribute: components["parameters"]["MatchingAttribute"];
            };
            header?: never;
            path: {
                /** @description Record pages: the slug of the custom CRM object (e.g. products, deals). The object must exist. */
                objectSlug: components["parameters"]["ObjectSlug"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordBody"];
            };
        };
        responses: {
            /** @description A matching record was found and updated (record page). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordResponse"];
                };
            };
            /** @description No match was found; a new record was created (record page). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    createRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record pages: the slug of the custom CRM object (e.g. products, deals). The object must exist. */
                objectSlug: components["parameters"]["ObjectSlug"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordBody"];
            };
        };
        responses: {
            /** @description Record created (status from the reference notes). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record pages: the slug of the custom CRM object (e.g. products, deals). The object must exist. */
                objectSlug: components["parameters"]["ObjectSlug"];
                /** @description Patch record page - the UUID of the record. */
                recordId: components["parameters"]["RecordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record (envelope from the reference notes). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    deleteRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record pages: the slug of the custom CRM object (e.g. products, deals). The object must exist. */
                objectSlug: components["parameters"]["ObjectSlug"];
                /** @description Patch record page - the UUID of the record. */
                recordId: components["parameters"]["RecordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record was deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    patchRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record pages: the slug of the custom CRM object (e.g. products, deals). The object must exist. */
                objectSlug: components["parameters"]["ObjectSlug"];
                /** @description Patch record page - the UUID of the record. */
                recordId: components["parameters"]["RecordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordBody"];
            };
        };
        responses: {
            /** @description The updated record (reference notes). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    updateRelation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record pages: the slug of the custom CRM object (e.g. products, deals). The object must exist. */
                objectSlug: components["parameters"]["ObjectSlug"];
                /** @description Patch record page - the UUID of the record. */
                recordId: components["parameters"]["RecordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RelationUpdate"];
            };
        };
        responses: {
            /** @description The record after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getObject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Slug of the CRM object (reference notes). */
                slug: components["parameters"]["Slug"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The object schema (shape from the reference notes). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
}
